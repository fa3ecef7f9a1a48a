using System.Runtime.InteropServices;
using System.Text;
using SearchEngine.Core.Search.Analysis;

namespace SearchEngine.Core.Index;

/// <summary>
/// FTS5's <c>highlight()</c> and <c>snippet()</c> (fts5_aux.c) done in C# over text the caller already holds, with the
/// phrase instances from <see cref="FtsExpression"/>. The algorithms are FTS5's step for step (overlapping instances
/// coalesce into one mark; the snippet window scores 1000 per new phrase and 1 per repeat, and prefers a sentence start
/// at +100, or +120 for the text's first token), so the output is what the SQL functions return for the same row.
/// Marks are the caller's strings; the text is copied as it is (the caller HTML-encodes).
/// </summary>
internal sealed class FtsHighlighter(FtsExpression expression, string open, string close)
{
    private readonly FtsExpression _expression = expression;
    private readonly string _open = open;
    private readonly string _close = close;

    /// <summary>The whole column text with every instance in it marked (FTS5 <c>highlight(t, column, open, close)</c>).</summary>
    public string Highlight(string text, List<TextToken> tokens, List<PhraseInstance> instances, int column)
    {
        var output = new StringBuilder(text.Length + 16);
        var context = new Context(this, text, instances, column, 0, -1, output);
        context.Run(tokens);
        if (context.Open) output.Append(_close);
        output.Append(text, context.Copied, text.Length - context.Copied);
        return output.ToString();
    }

    /// <summary>
    /// The best window of <paramref name="size"/> tokens of the column, marked, with <paramref name="ellipsis"/> where
    /// text was cut (FTS5 <c>snippet(t, column, open, close, ellipsis, size)</c> for a single column).
    /// </summary>
    public string Snippet(string text, List<TextToken> tokens, List<PhraseInstance> instances, int column, string ellipsis, int size)
    {
        var documentSize = tokens.Count;
        var seen = new bool[_expression.PhraseCount];
        var bestScore = 0;
        var bestStart = 0;

        foreach (var instance in instances)
        {
            if (instance.Column != column) continue;
            var score = Score(instances, seen, column, instance.Offset, size, documentSize, out var adjusted);
            if (score > bestScore) (bestScore, bestStart) = (score, adjusted);

            if (documentSize > 0 && documentSize > size)
            {
                var sentence = SentenceStartAtOrBefore(text, tokens, instance.Offset);
                if (sentence < instance.Offset)
                {
                    score = Score(instances, seen, column, sentence, size, documentSize, out _) + (sentence == 0 ? 120 : 100);
                    if (score > bestScore) (bestScore, bestStart) = (score, sentence);
                }
            }
        }

        var output = new StringBuilder(size * 8);
        var context = new Context(this, text, instances, column, bestStart, bestStart + size - 1, output);
        if (bestStart > 0) output.Append(ellipsis);
        context.Run(tokens);
        if (context.Open) output.Append(_close);
        if (context.RangeEnd >= documentSize - 1) output.Append(text, context.Copied, text.Length - context.Copied);
        else output.Append(ellipsis);
        return output.ToString();
    }

    /// <summary>
    /// fts5SnippetScore: the window's score and, centred on its instances, where it should start. FTS5 walks every
    /// instance; those in the window are contiguous (instances are sorted by column and offset), so this starts at the
    /// first of them and stops after the last, in the same order.
    /// </summary>
    private int Score(List<PhraseInstance> instances, bool[] seen, int column, int from, int size, int documentSize, out int adjusted)
    {
        Array.Clear(seen);
        var score = 0;
        var first = -1;
        var last = 0;
        var end = (long)from + size;
        for (var i = FirstAtOrAfter(instances, column, from); i < instances.Count; i++)
        {
            var instance = instances[i];
            if (instance.Column != column || instance.Offset >= end) break;
            score += seen[instance.Phrase] ? 1 : 1000;
            seen[instance.Phrase] = true;
            if (first < 0) first = instance.Offset;
            last = instance.Offset + _expression.PhraseSize(instance.Phrase);
        }

        var start = (long)first - (size - (last - first)) / 2;
        if (start + size > documentSize) start = documentSize - size;
        if (start < 0) start = 0;
        adjusted = (int)start;
        return score;
    }

    /// <summary>The index of the first instance at or after (column, offset) in the sorted list.</summary>
    private static int FirstAtOrAfter(List<PhraseInstance> instances, int column, int offset)
    {
        int low = 0, high = instances.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var instance = instances[middle];
            if (instance.Column < column || (instance.Column == column && instance.Offset < offset)) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>
    /// The last sentence start at or before a token, by fts5SentenceFinderCb's rule: token 0, and every token preceded
    /// by whitespace that follows a '.' or ':'. FTS5 lists them all first; looking back from each instance finds the
    /// same one without walking the whole text.
    /// </summary>
    private static int SentenceStartAtOrBefore(string text, List<TextToken> tokens, int position)
    {
        for (; position > 0; position--)
        {
            var start = tokens[position].Start;
            var i = start - 1;
            var c = '\0';
            for (; i >= 0; i--)
            {
                c = text[i];
                if (c is not (' ' or '\t' or '\n' or '\r')) break;
            }
            if (i != start - 1 && c is '.' or ':') return position;
        }
        return 0;
    }

    /// <summary>fts5HighlightCb's state: walks the tokens, copying text and opening and closing marks.</summary>
    private sealed class Context(FtsHighlighter owner, string text, List<PhraseInstance> instances, int column, int rangeStart, int rangeEnd, StringBuilder output)
    {
        private int _nextInstance;
        private int _instanceStart = -1;
        private int _instanceEnd = -1;

        public int RangeEnd => rangeEnd;
        public int Copied { get; private set; }
        public bool Open { get; private set; }

        public void Run(List<TextToken> tokens)
        {
            NextInstance();
            while (_instanceStart >= 0 && _instanceStart < rangeStart) NextInstance();
            // Tokens outside the range change nothing, so the walk covers only the range.
            var span = CollectionsMarshal.AsSpan(tokens);
            var stop = rangeEnd >= 0 ? Math.Min(span.Length, rangeEnd + 1) : span.Length;
            for (var position = rangeEnd >= 0 ? rangeStart : 0; position < stop; position++)
            {
                var (start, end, _) = span[position];
                if (rangeEnd >= 0 && rangeStart != 0 && position == rangeStart) Copied = start;

                if (Open && (position <= _instanceStart || _instanceStart < 0) && start > Copied)
                {
                    output.Append(owner._close);
                    Open = false;
                }

                if (position == _instanceStart && !Open)
                {
                    CopyTo(start);
                    output.Append(owner._open);
                    Open = true;
                }

                if (position == _instanceEnd)
                {
                    if (!Open)
                    {
                        output.Append(owner._open);
                        Open = true;
                    }
                    CopyTo(end);
                    NextInstance();
                }

                if (position == rangeEnd)
                {
                    if (Open)
                    {
                        if (_instanceStart >= 0 && position >= _instanceStart) CopyTo(end);
                        output.Append(owner._close);
                        Open = false;
                    }
                    CopyTo(end);
                }
            }
        }

        private void CopyTo(int offset)
        {
            if (offset > Copied) output.Append(text, Copied, offset - Copied);
            Copied = offset;
        }

        /// <summary>fts5CInstIterNext: the next run of instances in the column, overlapping ones coalesced.</summary>
        private void NextInstance()
        {
            _instanceStart = -1;
            _instanceEnd = -1;
            while (_nextInstance < instances.Count)
            {
                var instance = instances[_nextInstance];
                if (instance.Column == column)
                {
                    var end = instance.Offset - 1 + owner._expression.PhraseSize(instance.Phrase);
                    if (_instanceStart < 0) (_instanceStart, _instanceEnd) = (instance.Offset, end);
                    else if (instance.Offset <= _instanceEnd) _instanceEnd = Math.Max(_instanceEnd, end);
                    else break;
                }
                _nextInstance++;
            }
        }
    }
}
