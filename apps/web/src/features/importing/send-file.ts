/**
 * Sends a file as a request body with XMLHttpRequest, which, unlike fetch, reports upload
 * progress. Resolves with the status and the parsed JSON body whatever the status (the caller
 * reads the API's error shape); rejects only when no answer came (network down, aborted).
 */
export interface SendProgress {
  /** Bytes sent so far and in all; when everything is sent the server is reading the file. */
  loaded: number;
  total: number;
}

export interface SentFile {
  status: number;
  body: unknown;
}

export function sendFile(
  url: string,
  file: Blob,
  contentType: string,
  onProgress?: (progress: SendProgress) => void,
  signal?: AbortSignal,
): Promise<SentFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', contentType);
    // The API's CSRF guard refuses writes without it (apps/web/src/api/client.ts says why).
    xhr.setRequestHeader('X-Requested-With', 'cds');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) =>
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
