namespace SearchEngine.Core.Index;

/// <summary>One match of a query phrase in a row, as FTS5's <c>xInst</c> reports it: the phrase, the column, the first token's offset.</summary>
internal readonly record struct PhraseInstance(int Phrase, int Column, int Offset);
