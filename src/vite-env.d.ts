/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real API (".../api/v1"); when set, the embedded mock API is left out of the build. */
  readonly VITE_API_BASE_URL?: string;
}
