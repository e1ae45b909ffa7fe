/** Irregular forms mapped to their base, before suffix stripping ("said" → "say", "men" → "man"). */
export const IRREGULAR: ReadonlyMap<string, string> = new Map(
  `said:say says:say told:tell was:be were:be is:be are:be been:be am:be being:be has:have had:have having:have
  did:do does:do done:do went:go gone:go goes:go made:make took:take taken:take gave:give given:give got:get
  gotten:get came:come saw:see seen:see knew:know known:know thought:think brought:bring bought:buy sold:sell
  held:hold left:leave met:meet paid:pay ran:run sent:send spent:spend stood:stand fell:fall fallen:fall
  found:find began:begin begun:begin won:win lost:lose led:lead hit:hit shot:shoot struck:strike stricken:strike
  fought:fight caught:catch wrote:write written:write spoke:speak spoken:speak chose:choose chosen:choose
  rose:rise risen:rise drove:drive driven:drive flew:fly flown:fly grew:grow grown:grow threw:throw thrown:throw
  wore:wear worn:wear ate:eat eaten:eat broke:break broken:break hid:hide hidden:hide sat:sit lay:lie laid:lay
  men:man women:woman children:child people:person persons:person feet:foot teeth:tooth mice:mouse geese:goose
  dying:die died:die dies:die dead:die death:die deaths:die killed:kill kills:kill killing:kill slain:kill
  better:good best:good worse:bad worst:bad more:many most:many less:little least:little
  u.s.:us u.s:us usa:us america:us american:us americans:us
  n't:not cannot:not`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);
