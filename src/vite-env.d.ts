/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real API (".../api/v1"); when set, the embedded mock API is left out of the build. */
  readonly VITE_API_BASE_URL?: string;
  /** Same-origin path of a published dataset JSON the app opens with (else app-config.json decides). */
  readonly VITE_PUBLISHED_DATASET_URL?: string;
}
