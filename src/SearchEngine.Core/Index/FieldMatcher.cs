using Lucene.Net.Index;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace SearchEngine.Core.Index;

/// <summary>
/// What a query marks in one field (terms, phrases, near groups, prefixes and wildcards), and where those marks stand
/// in one document: character offsets read from the field's postings (indexed with offsets, see
/// <see cref="ArticleDocuments.StoredTextWithOffsets"/>), never from the text. Term lookups are resolved once per
/// segment (their <see cref="TermState"/>s kept), so a hit costs one postings read per query term present in its
/// segment. One instance per search, used by one thread at a time.
/// </summary>
internal sealed class FieldMatcher(string field)
{
    /// <summary>Terms a prefix or wildcard stands for in one segment, at most (in term order).</summary>
    public const int MaxExpansions = 64;

    /// <summary>A marked range [<see cref="Start"/>, <see cref="End"/>) of the field's offsets; equal <see cref="Key"/>s mean the same query term or phrase.</summary>
    public readonly record struct Match(int Start, int End, int Key);

    private readonly record struct Occurrence(int Position, int Start, int End);

    /// <summary>A phrase: its terms (indexes into <see cref="_terms"/>) and where each stands relative to the first.</summary>
    private sealed record Phrase(int[] Terms, int[] Offsets);

    /// <summary>Terms that must each stand within <see cref="Window"/> positions of all the others (a near or sloppy phrase).</summary>
    private sealed record Near(int[] Terms, int Window);

    private sealed class Leaf
    {
        public TermsEnum? Enum;
        public readonly List<(BytesRef Term, TermState? State)> Terms = [];
        public readonly List<int> Singles = [];   // indexes into Terms marked wherever they stand
    }

    private readonly List<BytesRef> _terms = [];
    private readonly HashSet<int> _singles = [];
    private readonly List<Phrase> _phrases = [];
    private readonly List<Near> _near = [];
    private readonly List<CompiledAutomaton> _patterns = [];
    private Leaf?[] _leaves = [];
    private readonly List<List<Occurrence>> _occurrences = [];
    private readonly List<Match> _matches = [];
    private DocsAndPositionsEnum? _postings;

    public string Field { get; } = field;

    public bool IsEmpty => _terms.Count == 0 && _patterns.Count == 0;

    public void AddTerm(BytesRef term) => _singles.Add(Intern(term));

    public void AddPhrase(IReadOnlyList<BytesRef> terms, IReadOnlyList<int> positions) =>
        _phrases.Add(new Phrase(terms.Select(Intern).ToArray(), positions.Select(p => p - positions[0]).ToArray()));

    public void AddNear(IReadOnlyList<BytesRef> terms, int window) => _near.Add(new Near(terms.Select(Intern).ToArray(), window));

    public void AddPattern(Automaton automaton)
    {
        var compiled = new CompiledAutomaton(automaton);
        if (compiled.Type is not (CompiledAutomaton.AUTOMATON_TYPE.NONE or CompiledAutomaton.AUTOMATON_TYPE.ALL)) _patterns.Add(compiled);
    }

    private int Intern(BytesRef term)
    {
        var index = _terms.FindIndex(t => t.BytesEquals(term));
        if (index >= 0) return index;
        _terms.Add(BytesRef.DeepCopyOf(term));
        return _terms.Count - 1;
    }

    /// <summary>
    /// The matches in document <paramref name="doc"/> (top-level number) of <paramref name="reader"/>, sorted by start,
    /// overlapping ones merged. The list is reused by the next call.
    /// </summary>
    public List<Match> Find(IndexReader reader, int doc)
    {
        _matches.Clear();
        if (IsEmpty) return _matches;
        var leaves = reader.Leaves;
        var ord = ReaderUtil.SubIndex(doc, leaves);
        if (_leaves.Length != leaves.Count) _leaves = new Leaf?[leaves.Count];
        var leaf = _leaves[ord] ??= Resolve(leaves[ord].AtomicReader);
        if (leaf.Enum is null) return _matches;
        Read(leaf, doc - leaves[ord].DocBase);

        foreach (var single in leaf.Singles)
            foreach (var o in _occurrences[single])
                _matches.Add(new Match(o.Start, o.End, single));
        var key = leaf.Terms.Count;
        foreach (var phrase in _phrases) AddPhrase(phrase, key++);
        foreach (var near in _near) AddNear(near);
        return Merge();
    }

    /// <summary>The segment's enum over the field, with the query's terms looked up and the patterns expanded there.</summary>
    private Leaf Resolve(AtomicReader reader)
    {
        var leaf = new Leaf();
        if (reader.GetTerms(Field) is not { } terms) return leaf;
        leaf.Enum = terms.GetEnumerator();
        for (var i = 0; i < _terms.Count; i++)
        {
            leaf.Terms.Add((_terms[i], leaf.Enum.SeekExact(_terms[i]) ? leaf.Enum.GetTermState() : null));
            if (_singles.Contains(i)) leaf.Singles.Add(i);
        }
        foreach (var pattern in _patterns)
        {
            var expanded = pattern.GetTermsEnum(terms);
            for (var n = 0; n < MaxExpansions && expanded.MoveNext(); n++)
            {
                var index = leaf.Terms.FindIndex(t => t.Term.BytesEquals(expanded.Term));
                if (index < 0) leaf.Terms.Add((BytesRef.DeepCopyOf(expanded.Term), expanded.GetTermState()));
                index = index < 0 ? leaf.Terms.Count - 1 : index;
                if (!leaf.Singles.Contains(index)) leaf.Singles.Add(index);
            }
        }
        return leaf;
    }

    /// <summary>Fills <see cref="_occurrences"/> (one list per term of the leaf, by position) for a document of the leaf.</summary>
    private void Read(Leaf leaf, int doc)
    {
        while (_occurrences.Count < leaf.Terms.Count) _occurrences.Add([]);
        for (var i = 0; i < leaf.Terms.Count; i++)
        {
            var list = _occurrences[i];
            list.Clear();
            if (leaf.Terms[i].State is not { } state) continue;
            leaf.Enum!.SeekExact(leaf.Terms[i].Term, state);
            _postings = leaf.Enum.DocsAndPositions(null, _postings, DocsAndPositionsFlags.OFFSETS);
            if (_postings is null || _postings.Advance(doc) != doc) continue;
            for (var n = _postings.Freq; n > 0; n--)
            {
                var position = _postings.NextPosition();
                var (start, end) = (_postings.StartOffset, _postings.EndOffset);
                if (start >= 0 && end > start) list.Add(new Occurrence(position, start, end));
            }
        }
    }

    /// <summary>Each place the phrase's terms stand at their relative positions, as one match from its first to its last word.</summary>
    private void AddPhrase(Phrase phrase, int key)
    {
        foreach (var first in _occurrences[phrase.Terms[0]])
        {
            var (start, end) = (first.Start, first.End);
            var k = 1;
            for (; k < phrase.Terms.Length; k++)
            {
                if (At(_occurrences[phrase.Terms[k]], first.Position + phrase.Offsets[k]) is not { } o) break;
                (start, end) = (Math.Min(start, o.Start), Math.Max(end, o.End));
            }
            if (k == phrase.Terms.Length) _matches.Add(new Match(start, end, key));
        }
    }

    /// <summary>Each word of the group that stands within the window of every other word of it, as its own match.</summary>
    private void AddNear(Near near)
    {
        foreach (var term in near.Terms)
            foreach (var o in _occurrences[term])
                if (near.Terms.All(other => other == term || Within(_occurrences[other], o.Position, near.Window)))
                    _matches.Add(new Match(o.Start, o.End, term));
    }

    private static Occurrence? At(List<Occurrence> list, int position)
    {
        var i = LowerBound(list, position);
        return i < list.Count && list[i].Position == position ? list[i] : null;
    }

    private static bool Within(List<Occurrence> list, int position, int window)
    {
        var i = LowerBound(list, position - window);
        return i < list.Count && list[i].Position <= position + window;
    }

    private static int LowerBound(List<Occurrence> list, int position)
    {
        var (low, high) = (0, list.Count);
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (list[mid].Position < position) low = mid + 1; else high = mid;
        }
        return low;
    }

    /// <summary>Sorts the matches by start and merges overlapping ones (the first one's key stands for the merged match).</summary>
    private List<Match> Merge()
    {
        if (_matches.Count < 2) return _matches;
        _matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = 0;
        for (var i = 1; i < _matches.Count; i++)
        {
            if (_matches[i].Start < _matches[kept].End)
                _matches[kept] = _matches[kept] with { End = Math.Max(_matches[kept].End, _matches[i].End) };
            else
                _matches[++kept] = _matches[i];
        }
        _matches.RemoveRange(kept + 1, _matches.Count - kept - 1);
        return _matches;
    }
}
