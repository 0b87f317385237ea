// Where the page finds the functions: the same origin, under these paths (docs/decisions/2026-12-one-origin.md).
export const config = { api: "/api/", auth: "/auth/" };
