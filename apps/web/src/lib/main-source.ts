/** The press release the initiatives come from: the source the header and footer link to. */
export const mainSourceId = 'senate-aktobe-maslikhat';
