// The SDK's client build turns an imported .html page into the UI page's content.
declare module '*.html' {
    const content: string
    export default content
}
