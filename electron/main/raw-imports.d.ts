/** Vite's `?raw` imports (main.ts takes the print stylesheet as text): the file's content as a string. */
declare module '*?raw' {
  const text: string;
  export default text;
}
