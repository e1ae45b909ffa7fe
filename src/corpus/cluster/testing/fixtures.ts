/** Hand-written test articles: two events of the same kind (two bridge closures) and one unrelated story. */
import type { ClusterSource } from '../02-features.js';

/** Articles with their gold story. */
export interface FixtureArticle extends ClusterSource {
  gold: string;
}

/** Bridge closure in Harlowby (event A), bridge closure in Quenmore (event B), a chess final (event C). */
export const FIXTURES: FixtureArticle[] = [
  { gold: 'A', id: 'a1', title: 'Harlowby closes Tessel Bridge after cracks found', published: '2026-03-02T09:00:00Z',
    text: 'Engineers in Harlowby closed the Tessel Bridge on Monday after finding cracks in two of its 14 steel girders. Mayor Odile Farrant said the bridge, built in 1931, would stay shut for at least six weeks.' },
  { gold: 'A', id: 'a2', title: 'Tessel Bridge shut for six weeks', published: '2026-03-02T13:00:00Z',
    text: 'The Tessel Bridge in Harlowby will remain closed for six weeks, Mayor Odile Farrant said. Inspectors found cracks in two girders of the 1931 structure, which carries 18,000 cars a day.' },
  { gold: 'A', id: 'a3', title: 'Harlowby commuters face detours as Tessel Bridge closes', published: '2026-03-03T08:00:00Z',
    text: 'Drivers in Harlowby faced long detours after the closure of the Tessel Bridge. Farrant asked residents to use the ferry while engineers repair the cracked girders.' },
  { gold: 'A', id: 'a4', title: 'Cracked girders close Harlowby span', published: '2026-03-03T18:00:00Z',
    text: 'Two cracked girders forced Harlowby to close the Tessel Bridge, a span from 1931 that 18,000 vehicles cross daily. Odile Farrant, the mayor, said repairs start next week.' },
  { gold: 'B', id: 'b1', title: 'Quenmore closes Aldred Viaduct over corrosion', published: '2026-03-02T10:00:00Z',
    text: 'Officials in Quenmore closed the Aldred Viaduct on Monday after inspectors found corrosion in its concrete piers. Transport chief Bram Ellery said the 1964 viaduct could be shut until June.' },
  { gold: 'B', id: 'b2', title: 'Aldred Viaduct shut until June', published: '2026-03-02T15:00:00Z',
    text: 'The Aldred Viaduct in Quenmore may stay closed until June, Bram Ellery said, after corrosion was found in three concrete piers of the 1964 structure.' },
  { gold: 'B', id: 'b3', title: 'Quenmore buses rerouted after viaduct closure', published: '2026-03-03T09:00:00Z',
    text: 'Buses in Quenmore were rerouted after the Aldred Viaduct closed. Ellery said corrosion in the piers made the crossing unsafe for heavy vehicles.' },
  { gold: 'B', id: 'b4', title: 'Corroded piers close Quenmore viaduct', published: '2026-03-03T17:00:00Z',
    text: 'Corrosion in three piers of the Aldred Viaduct led Quenmore to close the 1964 crossing. Transport chief Bram Ellery said engineers would report by April.' },
  { gold: 'C', id: 'c1', title: 'Ivana Sorel wins Vellport chess final', published: '2026-03-02T20:00:00Z',
    text: 'Ivana Sorel won the Vellport chess final on Monday, beating Piet Raagen in 41 moves with the black pieces.' },
  { gold: 'C', id: 'c2', title: 'Sorel beats Raagen to take Vellport title', published: '2026-03-03T07:00:00Z',
    text: 'Grandmaster Ivana Sorel took the Vellport title after Piet Raagen resigned on move 41 of the final game.' },
];
