// The one place the virtual module's id is defined: the player imports `virtual:course`, tests swap it for a fixture.
export const VIRTUAL_COURSE_ID = 'virtual:course';
/** Rollup convention: a leading \0 keeps other plugins from treating the id as a file. */
export const RESOLVED_VIRTUAL_COURSE_ID = `\0${VIRTUAL_COURSE_ID}`;
