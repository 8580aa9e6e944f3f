import { readTimes, readWords, type TimeReading } from '@stodkartan/core';

/** What the time grammar makes of a text: each clause's reading, in order. */
const times = (text: string): TimeReading[] => [...readTimes(readWords(text)).values()];

describe('when a text places what it tells', () => {
	test.each<[string, TimeReading]>([
		['i lördags blev jag våldtagen', 'recent'],
		['det hände i söndags natt', 'recent'],
		['blev våldtagen natten till söndag', 'recent'],
		['i förrgår tvingade han mig', 'recent'],
		['för tre dagar sedan', 'recent'],
		['för 2 dagar sen', 'recent'],
		['för ett par dagar sedan', 'recent'],
		['förra helgen', 'recent'],
		['i helgen hände det', 'recent'],
		['on saturday night a guy had sex with me', 'recent'],
		['Tuesday night he came into my room', 'recent'],
		['a couple of days ago', 'recent'],
		['two nights ago he raped me', 'recent'],
		['the day before yesterday', 'recent'],
		['it was the night before last', 'recent'],
		["it's 1am and I'm outside", 'now'],
		['last weekend', 'recent'],
		['it happened over the weekend', 'recent'],
		['förra lördagen', 'recent'],
		['natten mot söndag', 'recent'],
		['på lördagsnatten blev jag våldtagen', 'recent'],
		['a week ago', 'recent'],
		['för två veckor sedan', 'long-ago'],
		['för tre månader sedan', 'long-ago'],
		['last year on a friday night', 'long-ago'],
		['det var en lördag för två år sedan', 'long-ago'],
		['förra månaden', 'long-ago'],
		['på lördag ska jag träffa honom', 'later'],
		['i helgen ska jag på fest', 'later'],
		["I'm meeting him on Saturday", 'later'],
		['next week', 'later'],
		['imorgon', 'later']
	])('"%s" → %s', (text, reading) => {
		expect(times(text)).toEqual([reading]);
	});

	test('a weekday with nothing to say whether it is past or to come is left alone', () => {
		expect(times('saturday is my birthday')).toEqual([]);
		expect(times('jag har ont i magen')).toEqual([]);
	});

	test('"it\'s Monday now" makes an English weekday the one just gone', () => {
		expect(times('on saturday at a party, its monday now')).toContain('recent');
		expect(times('Sat night at a house party. Today is Tuesday')).toContain('recent');
	});

	test('a short form of a weekday is one only before a part of the day ("Sat night", not "sat")', () => {
		expect(times('I sat there and cried')).toEqual([]);
	});
});
