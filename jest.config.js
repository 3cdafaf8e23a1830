/**
 * One jest run for every suite. Server modules import '@servicenow/glide', which is types-only:
 * on the instance the platform provides it; here it maps to the project's own emulation.
 */
/** @type {import('jest').Config} */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/test'],
    testMatch: ['**/*.test.ts'],
    transform: {
        '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true, jsx: 'react-jsx', module: 'commonjs', target: 'ES2021', esModuleInterop: true } }],
    },
    moduleNameMapper: {
        '^@servicenow/glide$': '<rootDir>/sandbox/glide/index.ts',
        '^@servicenow/glide/(.*)$': '<rootDir>/sandbox/glide/ns/$1.ts',
    },
    // Every test platform installs the built app's dictionary (npm run build first).
    setupFiles: ['<rootDir>/test/support/app-dictionary.ts'],
    testTimeout: 60000,
}
