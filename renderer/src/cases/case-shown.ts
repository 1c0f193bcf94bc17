import { createContext } from 'react';

/** Whether the case dialog is on screen: a closed one stays mounted a moment and takes no key. */
export const CaseShownContext = createContext(true);
