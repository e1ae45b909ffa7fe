import { test } from 'node:test';
import assert from 'node:assert/strict';
import { porterStem } from './porter-stemmer.js';

test('should stem words as Porter\'s published examples do', () => {
  const cases: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', ties: 'ti', caress: 'caress', cats: 'cat', feed: 'feed', agreed: 'agre',
    plastered: 'plaster', bled: 'bled', motoring: 'motor', sing: 'sing', conflated: 'conflat', troubled: 'troubl',
    sized: 'size', hopping: 'hop', tanned: 'tan', falling: 'fall', hissing: 'hiss', fizzed: 'fizz', failing: 'fail',
    filing: 'file', happy: 'happi', sky: 'sky', relational: 'relat', conditional: 'condit', rational: 'ration',
    valenci: 'valenc', digitizer: 'digit', conformabli: 'conform', radicalli: 'radic', differentli: 'differ',
    vileli: 'vile', analogousli: 'analog', vietnamization: 'vietnam', predication: 'predic', operator: 'oper',
    feudalism: 'feudal', decisiveness: 'decis', hopefulness: 'hope', callousness: 'callous', formaliti: 'formal',
    sensitiviti: 'sensit', sensibiliti: 'sensibl', triplicate: 'triplic', formative: 'form', formalize: 'formal',
    electriciti: 'electr', electrical: 'electr', hopeful: 'hope', goodness: 'good', revival: 'reviv',
    allowance: 'allow', inference: 'infer', airliner: 'airlin', adjustable: 'adjust', defensible: 'defens',
    irritant: 'irrit', replacement: 'replac', adjustment: 'adjust', dependent: 'depend', adoption: 'adopt',
    communism: 'commun', activate: 'activ', angulariti: 'angular', homologous: 'homolog', effective: 'effect',
    bowdlerize: 'bowdler', probate: 'probat', rate: 'rate', cease: 'ceas', controll: 'control', roll: 'roll',
    generalizations: 'gener', killed: 'kill', negotiations: 'negoti',
  };
  for (const [word, stem] of Object.entries(cases)) assert.equal(porterStem(word), stem, word);
});

test('should leave words of two letters unchanged', () => {
  assert.equal(porterStem('is'), 'is');
  assert.equal(porterStem('as'), 'as');
});
