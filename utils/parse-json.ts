/** The parsed value, or undefined when the text is not JSON: page and list data is never trusted to be. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
