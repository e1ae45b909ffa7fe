/**
 * Small hand-written synonym groups: words in one group align as near-equals ("fatalities" ≈ "killed").
 * Written as plain words; the matcher stems them with its own stemmer when it loads.
 */
export const SYNONYM_GROUPS: readonly string[] = `
kill die fatality casualty slay dead death
buy purchase acquire
say tell state announce declare add note stress
big large huge
small little tiny
man guy gentleman
woman lady
child kid
car automobile vehicle
cut slice chop
talk speak discuss
start begin launch
end finish conclude
rise increase climb gain jump surge
fall decline drop decrease slide plunge
quick fast rapid
show display
help assist aid
attack strike assault raid
drone uav
suggest propose offer invite
meet meeting summit talks
police cop officer
doctor physician
house home
film movie
picture photo image
injure wound hurt
arrest detain
firm company business
job employment
about approximately around roughly nearly almost
shares stock
visit come travel
`.split('\n').map((line) => line.trim()).filter(Boolean);
