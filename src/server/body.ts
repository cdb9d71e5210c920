/** Reading bodies the server half does not trust: the browser's request and Stytch's answer. */

export type ReadResult = { kind: 'read'; text: string } | { kind: 'too_large' } | { kind: 'timed_out' } | { kind: 'not_text' };

/**
 * Reads a body as UTF-8 text, stopping at `maxBytes` and at `deadline` (epoch ms), whichever comes
 * first: neither a large body nor one trickled byte by byte can hold the server. The stream is
 * cancelled as soon as the read stops early.
 */
export async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  deadline = Number.POSITIVE_INFINITY,
): Promise<ReadResult> {
  if (body === null) return { kind: 'read', text: '' };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timed_out'>((resolve) => {
    if (Number.isFinite(deadline)) timer = setTimeout(() => resolve('timed_out'), Math.max(0, deadline - Date.now()));
  });
  const stop = async (result: ReadResult): Promise<ReadResult> => {
    await reader.cancel().catch(() => undefined);
    return result;
  };
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), timedOut]);
      if (next === 'timed_out') return await stop({ kind: 'timed_out' });
      if (next.done) break;
      size += next.value.byteLength;
      if (size > maxBytes) return await stop({ kind: 'too_large' });
      chunks.push(next.value);
    }
  } catch {
    // A body that errors half-way (the client hung up) is as good as a truncated one.
    return { kind: 'not_text' };
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { kind: 'read', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'not_text' };
  }
}

/**
 * Whether JSON text nests arrays and objects deeper than `maxDepth`. Checked before parsing:
 * JSON.stringify recurses, so re-sending a value thousands of levels deep would overflow the stack.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (char === '}' || char === ']') {
      depth -= 1;
    }
  }
  return false;
}
