// ESLint 9 flat config. Server modules run on the instance's Rhino engine (ES2021 mode), so
// they get the Now SDK plugin's rules that work on ESLint 9; the rest of the project is Node
// (tests, simulator, scripts) or the browser (client pages).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import sdkPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'

// Browser and Node globals Rhino does not have (setTimeout, fetch, process, window, ...).
const rhinoRestrictedGlobals = sdkPlugin.configs.recommended.rules['no-restricted-globals'].slice(1)

export default tseslint.config(
    { ignores: ['node_modules/**', 'dist/**', 'target/**', 'coverage/**', '.sandbox/**', 'src/fluent/generated/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-explicit-any': 'off',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        },
    },
    {
        files: ['src/server/**/*.ts'],
        plugins: { '@servicenow/sdk-app-plugin': sdkPlugin },
        languageOptions: { globals: {} },
        rules: {
            // Not enabled: the two regexp rules crash on ESLint 9 (context.getScope), and
            // file-extension-in-import flags the extension-less imports the SDK build resolves.
            '@servicenow/sdk-app-plugin/no-async-functions': 'error',
            '@servicenow/sdk-app-plugin/no-promise': 'error',
            '@servicenow/sdk-app-plugin/no-dynamic-import': 'error',
            '@servicenow/sdk-app-plugin/no-unsupported-node-builtins': 'error',
            'no-restricted-globals': ['error', ...rhinoRestrictedGlobals, { name: 'Reflect', message: 'Reflect is not available on the instance.' }],
            'no-restricted-syntax': [
                'error',
                { selector: 'MethodDefinition[value.async=true]', message: 'No async methods in server code: Rhino has none.' },
            ],
        },
    },
    {
        // Script include bodies (Now.include): classic server scripts with the platform's globals.
        files: ['src/**/*.server.js'],
        languageOptions: { sourceType: 'script', globals: { Class: 'readonly', gs: 'readonly', global: 'readonly', GlideRecord: 'readonly' } },
    },
    {
        files: ['src/client/**/*.{ts,tsx}'],
        languageOptions: { globals: { ...globals.browser } },
    },
    {
        files: ['test/**/*.{ts,js,mjs,cjs}', 'sandbox/**/*.{ts,js,mjs,cjs}', 'scripts/**/*.{ts,js,mjs,cjs}', '*.{js,mjs,cjs}', '.ci/**'],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
)
