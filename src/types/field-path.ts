/** Where a value sits in a data file: property names and list positions, e.g. ['schools', 3, 'primary', 'students']. */
export type FieldPath = readonly (string | number)[];
