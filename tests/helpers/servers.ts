// Ports and origins of the servers the end-to-end tests start (see playwright.config.ts).

/** The built site, on the origin SITE_URL defaults to, so absolute URLs in the build point at it. */
export const SITE_PORT = 4321;
export const SITE_ORIGIN = `http://localhost:${SITE_PORT}`;

/** A second build served under BASE_PATH=/sub/. */
export const SUB_PORT = 4398;
export const SUB_ORIGIN = `http://localhost:${SUB_PORT}`;

/** Another origin that plays a newsroom page embedding our charts. */
export const HOST_PORT = 4397;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
