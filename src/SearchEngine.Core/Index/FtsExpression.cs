using System.Globalization;
using System.Runtime.InteropServices;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;

namespace SearchEngine.Core.Index;

/// <summary>
/// An FTS5 MATCH expression (the subset <see cref="Fts5QueryTranslator"/> writes) evaluated in C# against one row, so
/// that results can be highlighted without asking FTS5 to re-run the query and re-tokenise each body. It reports the
/// phrase instances FTS5's <c>xInst</c> would: a phrase's positions in the columns it may match, kept only where FTS5
/// leaves its node on the row (every branch of a matching AND, the matching branches of an OR, the left side of a NOT),
/// and inside <c>NEAR</c> only the positions that satisfy it.
/// </summary>
internal sealed class FtsExpression
{
    private const long EndOfList = 1L << 62;
    private const int AllColumns = -1;

    private readonly Node _root;
    private readonly List<Phrase> _phrases = [];
    private readonly List<Nearset> _nearsets = [];

    private FtsExpression(string match)
    {
        var parser = new Parser(match, this);
        _root = parser.ParseExpression();
        parser.ExpectEnd();
    }

    /// <summary>Number of phrases, in the order FTS5 numbers them (left to right).</summary>
    public int PhraseCount => _phrases.Count;

    /// <summary>Tokens of phrase <paramref name="phrase"/> (FTS5's <c>xPhraseSize</c>).</summary>
    public int PhraseSize(int phrase) => _phrases[phrase].Terms.Length;

    /// <summary>The terms of all phrases (a prefix as its stem): only tokens that could match one need analysing.</summary>
    public IReadOnlyList<string> Terms => _phrases.SelectMany(p => p.Terms).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Parses a MATCH expression; throws <see cref="FormatException"/> for syntax the translator never writes.</summary>
    public static FtsExpression Parse(string match) => new(match);

    /// <summary>
    /// The phrase instances in a row, ordered as FTS5 orders them: by column, then token offset, then phrase.
    /// <paramref name="tokensOf"/> gives a column's tokens; it is asked only for columns the expression searches.
    /// </summary>
    public List<PhraseInstance> Instances(Func<int, List<TextToken>> tokensOf)
    {
        var positions = new List<long>[_phrases.Count];
        var matched = new Dictionary<Node, bool>(ReferenceEqualityComparer.Instance);
        foreach (var nearset in _nearsets) Evaluate(nearset, tokensOf, positions);

        var instances = new List<PhraseInstance>();
        if (!Matches(_root, positions, matched)) return instances;
        var active = new List<Nearset>();
        Activate(_root, positions, matched, active);
        foreach (var nearset in active)
            foreach (var phrase in nearset.Phrases)
                foreach (var position in positions[phrase.Index])
                    instances.Add(new PhraseInstance(phrase.Index, (int)(position >> 32), (int)(position & 0xFFFFFFFF)));
        instances.Sort(static (a, b) =>
            a.Column != b.Column ? a.Column.CompareTo(b.Column)
            : a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset)
            : a.Phrase.CompareTo(b.Phrase));
        return instances;
    }

    /// <summary>Fills each phrase's positions (column &lt;&lt; 32 | offset) in the nearset's columns, then applies NEAR.</summary>
    private static void Evaluate(Nearset nearset, Func<int, List<TextToken>> tokensOf, List<long>[] positions)
    {
        foreach (var phrase in nearset.Phrases)
        {
            var list = positions[phrase.Index] = [];
            if (phrase.Terms.Length == 0) continue;
            for (var column = 0; column < SearchFields.All.Count; column++)
            {
                if (nearset.Columns != AllColumns && (nearset.Columns & (1 << column)) == 0) continue;
                var tokens = CollectionsMarshal.AsSpan(tokensOf(column));
                for (var at = 0; at + phrase.Terms.Length <= tokens.Length; at++)
                    // An empty term (a word the caller did not analyse) matches no query term.
                    if (tokens[at].Term.Length > 0 && phrase.MatchesAt(tokens, at)) list.Add(((long)column << 32) | (uint)at);
            }
        }
        if (nearset.Phrases.Length > 1) FilterNear(nearset, positions);
    }

    /// <summary>FTS5's NEAR test (fts5ExprNearIsMatch): keeps the positions that take part in a match, or none.</summary>
    private static void FilterNear(Nearset nearset, List<long>[] positions)
    {
        var phrases = nearset.Phrases;
        var readers = new LookaheadReader[phrases.Length];
        var output = new List<long>[phrases.Length];
        for (var i = 0; i < phrases.Length; i++)
        {
            readers[i] = new LookaheadReader(positions[phrases[i].Index]);
            output[i] = [];
        }

        while (true)
        {
            var max = readers[0].Position;
            bool match;
            do
            {
                match = true;
                for (var i = 0; i < phrases.Length; i++)
                {
                    var reader = readers[i];
                    var min = max - phrases[i].Terms.Length - nearset.Distance;
                    if (reader.Position < min || reader.Position > max)
                    {
                        match = false;
                        while (reader.Position < min)
                            if (reader.Next()) goto done;
                        if (reader.Position > max) max = reader.Position;
                    }
                }
            } while (!match);

            for (var i = 0; i < phrases.Length; i++)
                if (output[i].Count == 0 || output[i][^1] != readers[i].Position) output[i].Add(readers[i].Position);

            var advance = 0;
            var lowest = readers[0].Lookahead;
            for (var i = 0; i < phrases.Length; i++)
                if (readers[i].Lookahead < lowest) (lowest, advance) = (readers[i].Lookahead, i);
            if (readers[advance].Next()) break;
        }

        done:
        var any = output[0].Count > 0;
        for (var i = 0; i < phrases.Length; i++) positions[phrases[i].Index] = any ? output[i] : [];
    }

    private static bool Matches(Node node, List<long>[] positions, Dictionary<Node, bool> memo)
    {
        if (memo.TryGetValue(node, out var known)) return known;
        var result = node switch
        {
            Nearset nearset => nearset.Phrases.All(p => positions[p.Index].Count > 0),
            And and => and.Children.All(c => Matches(c, positions, memo)),
            Or or => or.Children.Any(c => Matches(c, positions, memo)),
            Not not => Matches(not.Left, positions, memo) && !Matches(not.Right, positions, memo),
            _ => false,
        };
        memo[node] = result;
        return result;
    }

    /// <summary>Collects the nearsets FTS5 leaves on the row, given that <paramref name="node"/> is on it.</summary>
    private static void Activate(Node node, List<long>[] positions, Dictionary<Node, bool> memo, List<Nearset> active)
    {
        switch (node)
        {
            case Nearset nearset:
                active.Add(nearset);
                break;
            case And and:
                foreach (var child in and.Children) Activate(child, positions, memo, active);
                break;
            case Or or:
                foreach (var child in or.Children)
                    if (Matches(child, positions, memo)) Activate(child, positions, memo, active);
                break;
            case Not not:
                Activate(not.Left, positions, memo, active);
                break;
        }
    }

    private abstract class Node;

    private sealed class And(List<Node> children) : Node
    {
        public List<Node> Children { get; } = children;
    }

    private sealed class Or(List<Node> children) : Node
    {
        public List<Node> Children { get; } = children;
    }

    private sealed class Not(Node left, Node right) : Node
    {
        public Node Left { get; } = left;
        public Node Right { get; } = right;
    }

    /// <summary>One or more phrases under a column filter; more than one means NEAR.</summary>
    private sealed class Nearset(Phrase[] phrases, int distance) : Node
    {
        public Phrase[] Phrases { get; } = phrases;
        public int Distance { get; } = distance;

        /// <summary>Bit i set when column i may match; <see cref="AllColumns"/> when unfiltered.</summary>
        public int Columns { get; set; } = AllColumns;
    }

    private sealed class Phrase(int index, string[] terms, bool prefix)
    {
        public int Index { get; } = index;
        public string[] Terms { get; } = terms;

        public bool MatchesAt(ReadOnlySpan<TextToken> tokens, int at)
        {
            var last = Terms.Length - 1;
            for (var k = 0; k < last; k++)
                if (!string.Equals(tokens[at + k].Term, Terms[k], StringComparison.Ordinal)) return false;
            var term = tokens[at + last].Term;
            return prefix ? term.StartsWith(Terms[last], StringComparison.Ordinal) : string.Equals(term, Terms[last], StringComparison.Ordinal);
        }
    }

    private sealed class LookaheadReader
    {
        private readonly List<long> _list;
        private int _next;

        public LookaheadReader(List<long> list)
        {
            _list = list;
            Next();
            Next();
        }

        public long Position { get; private set; }
        public long Lookahead { get; private set; }

        /// <summary>Moves on; true at the end.</summary>
        public bool Next()
        {
            Position = Lookahead;
            Lookahead = _next < _list.Count ? _list[_next++] : EndOfList;
            return Position == EndOfList;
        }
    }

    /// <summary>Recursive descent over FTS5's grammar; precedence from fts5parse.y: NOT over AND over OR.</summary>
    private sealed class Parser(string text, FtsExpression expression)
    {
        private int _at;

        public Node ParseExpression()
        {
            var first = ParseAnd();
            if (!PeekKeyword("OR")) return first;
            var children = new List<Node> { first };
            while (TryKeyword("OR")) children.Add(ParseAnd());
            return new Or(children);
        }

        public void ExpectEnd()
        {
            SkipSpace();
            if (_at < text.Length) throw Error("unexpected text");
        }

        private Node ParseAnd()
        {
            var first = ParseNot();
            var children = new List<Node> { first };
            while (true)
            {
                if (TryKeyword("AND")) children.Add(ParseNot());
                else if (StartsPrimary()) children.Add(ParseNot()); // implicit AND
                else break;
            }
            return children.Count == 1 ? first : new And(children);
        }

        private Node ParseNot()
        {
            var left = ParsePrimary();
            while (TryKeyword("NOT")) left = new Not(left, ParsePrimary());
            return left;
        }

        private Node ParsePrimary()
        {
            SkipSpace();
            if (_at >= text.Length) throw Error("expression ends early");
            var c = text[_at];
            if (c == '(')
            {
                _at++;
                var inner = ParseExpression();
                Expect(')');
                return inner;
            }
            if (c == '{')
            {
                _at++;
                var columns = 0;
                while (true)
                {
                    SkipSpace();
                    if (_at < text.Length && text[_at] == '}') { _at++; break; }
                    columns |= 1 << Column(Bareword());
                }
                Expect(':');
                var scoped = ParsePrimary();
                Restrict(scoped, columns);
                return scoped;
            }
            if (PeekKeyword("NEAR") && NextNonSpaceAfterWordIs('('))
            {
                Bareword();
                Expect('(');
                var phrases = new List<Phrase>();
                var distance = 10;
                while (true)
                {
                    SkipSpace();
                    if (_at < text.Length && text[_at] == ',')
                    {
                        _at++;
                        distance = int.Parse(Bareword(), NumberStyles.None, CultureInfo.InvariantCulture);
                        Expect(')');
                        break;
                    }
                    if (_at < text.Length && text[_at] == ')') { _at++; break; }
                    phrases.Add(ParsePhrase());
                }
                if (phrases.Count == 0) throw Error("empty NEAR");
                return Add(new Nearset(phrases.ToArray(), distance));
            }
            if (c != '"' && IsBarewordChar(c) && !StartsColumnFilter())
                return Add(new Nearset([ParsePhrase()], 10));
            if (c == '"') return Add(new Nearset([ParsePhrase()], 10));
            if (StartsColumnFilter())
            {
                var column = Column(Bareword());
                Expect(':');
                var scoped = ParsePrimary();
                Restrict(scoped, 1 << column);
                return scoped;
            }
            throw Error("unexpected character");
        }

        private Nearset Add(Nearset nearset)
        {
            expression._nearsets.Add(nearset);
            return nearset;
        }

        /// <summary>A string or bareword, joined to more by <c>+</c>, maybe ending in <c>*</c>: one phrase.</summary>
        private Phrase ParsePhrase()
        {
            var terms = new List<string>();
            var prefix = false;
            while (true)
            {
                SkipSpace();
                var part = _at < text.Length && text[_at] == '"' ? QuotedString() : Bareword();
                var tokens = new List<TextToken>();
                TermAnalyzer.Tokenize(part, tokens);
                terms.AddRange(tokens.Select(t => t.Term));
                SkipSpace();
                if (_at < text.Length && text[_at] == '*')
                {
                    _at++;
                    prefix = true;
                    break;
                }
                if (_at < text.Length && text[_at] == '+') { _at++; continue; }
                break;
            }
            var phrase = new Phrase(expression._phrases.Count, terms.ToArray(), prefix && terms.Count > 0);
            expression._phrases.Add(phrase);
            return phrase;
        }

        private string QuotedString()
        {
            _at++; // opening quote
            var value = new System.Text.StringBuilder();
            while (true)
            {
                if (_at >= text.Length) throw Error("unterminated string");
                if (text[_at] == '"')
                {
                    if (_at + 1 < text.Length && text[_at + 1] == '"')
                    {
                        value.Append('"');
                        _at += 2;
                        continue;
                    }
                    _at++;
                    return value.ToString();
                }
                value.Append(text[_at++]);
            }
        }

        private static void Restrict(Node node, int columns)
        {
            switch (node)
            {
                case Nearset nearset:
                    nearset.Columns = nearset.Columns == AllColumns ? columns : nearset.Columns & columns;
                    break;
                case And and:
                    foreach (var child in and.Children) Restrict(child, columns);
                    break;
                case Or or:
                    foreach (var child in or.Children) Restrict(child, columns);
                    break;
                case Not not:
                    Restrict(not.Left, columns);
                    Restrict(not.Right, columns);
                    break;
            }
        }

        private static int Column(string name)
        {
            for (var i = 0; i < SearchFields.All.Count; i++)
                if (string.Equals(SearchFields.All[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
            throw new FormatException($"no column '{name}'");
        }

        private bool StartsPrimary()
        {
            SkipSpace();
            if (_at >= text.Length) return false;
            var c = text[_at];
            if (c is '(' or '{' or '"') return true;
            return IsBarewordChar(c) && !PeekKeyword("AND") && !PeekKeyword("OR") && !PeekKeyword("NOT");
        }

        private bool StartsColumnFilter()
        {
            var save = _at;
            try
            {
                if (_at >= text.Length || !IsBarewordChar(text[_at])) return false;
                Bareword();
                SkipSpace();
                return _at < text.Length && text[_at] == ':';
            }
            finally
            {
                _at = save;
            }
        }

        private bool NextNonSpaceAfterWordIs(char expected)
        {
            var save = _at;
            Bareword();
            SkipSpace();
            var result = _at < text.Length && text[_at] == expected;
            _at = save;
            return result;
        }

        private bool PeekKeyword(string keyword)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, _at, keyword, 0, keyword.Length) != 0) return false;
            var end = _at + keyword.Length;
            return end >= text.Length || !IsBarewordChar(text[end]);
        }

        private bool TryKeyword(string keyword)
        {
            if (!PeekKeyword(keyword)) return false;
            _at += keyword.Length;
            return true;
        }

        private string Bareword()
        {
            SkipSpace();
            var start = _at;
            while (_at < text.Length && IsBarewordChar(text[_at])) _at++;
            if (_at == start) throw Error("word expected");
            return text[start.._at];
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (_at >= text.Length || text[_at] != c) throw Error($"'{c}' expected");
            _at++;
        }

        private void SkipSpace()
        {
            while (_at < text.Length && text[_at] is ' ' or '\t' or '\n' or '\r') _at++;
        }

        /// <summary>FTS5's bareword characters: non-ASCII, letters, digits, underscore and the substitute character.</summary>
        private static bool IsBarewordChar(char c) => c >= 0x80 || char.IsAsciiLetterOrDigit(c) || c is '_' or '\x1a';

        private FormatException Error(string message) =>
            new($"{message} at {_at} in FTS5 expression: {text}");
    }
}
