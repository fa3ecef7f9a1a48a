namespace SearchEngine.Core.Search.Query;

/// <summary>
/// Splits query text into tokens. Field prefixes are recognised here because only the lexer sees whether a colon
/// follows a known field name (<c>title:x</c>), what looks like a mistyped one (<c>foo:bar</c>, <c>speker:"x"</c>: an
/// error listing the fields), or is part of a word (<c>http://x.org</c>, <c>doi:10.1/x</c>, <c>10:30</c>, <c>Re: x</c>:
/// searched as text). The rule for the error: a name of ASCII letters, digits and '_' that is not a known URI scheme,
/// directly followed by a letter, a quote or a parenthesis.
/// </summary>
internal sealed class QueryLexer
{
    private readonly string _text;
    private readonly List<QueryMessage> _warnings;
    private int _pos;

    private QueryLexer(string text, List<QueryMessage> warnings)
    {
        _text = text;
        _warnings = warnings;
    }

    /// <summary>All tokens of the text, ending with <see cref="QueryTokenKind.End"/>; throws <see cref="QuerySyntaxException"/>.</summary>
    public static List<QueryToken> Tokenize(string text, List<QueryMessage> warnings)
    {
        var lexer = new QueryLexer(text, warnings);
        var tokens = new List<QueryToken>();
        while (true)
        {
            var token = lexer.Next();
            if (token is null)
                continue;
            tokens.Add(token);
            if (token.Kind == QueryTokenKind.End)
                return tokens;
        }
    }

    private QueryToken? Next()
    {
        SkipSpaces();
        if (_pos >= _text.Length)
            return new QueryToken(QueryTokenKind.End, "", _text.Length);

        var start = _pos;
        switch (_text[_pos])
        {
            case '(':
                _pos++;
                return new QueryToken(QueryTokenKind.LeftParen, "(", start);
            case ')':
                _pos++;
                SkipBoost();
                return new QueryToken(QueryTokenKind.RightParen, ")", start);
            case '"':
                return ReadPhrase();
            case '+' or '-' when _pos + 1 < _text.Length && !QueryText.IsSpace(_text[_pos + 1]) && _text[_pos + 1] != ')':
                _pos++;
                return new QueryToken(_text[start] == '+' ? QueryTokenKind.Must : QueryTokenKind.MustNot, _text[start].ToString(), start);
            default:
                return ReadWord();
        }
    }

    private QueryToken ReadPhrase()
    {
        var open = _pos;
        var close = _text.IndexOf('"', open + 1);
        string inside;
        if (close < 0)
        {
            inside = _text[(open + 1)..];
            _pos = _text.Length;
            _warnings.Add(new QueryMessage(open, $"closed the quote opened at character {open + 1}"));
        }
        else
        {
            inside = _text[(open + 1)..close];
            _pos = close + 1;
        }

        int? distance = null;
        if (_pos < _text.Length && _text[_pos] == '~')
        {
            var tilde = _pos;
            _pos++;
            var digitsStart = _pos;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
                _pos++;
            var digits = _text[digitsStart.._pos];
            if (digits.Length > 0)
            {
                if (digits.Length > 4 || int.Parse(digits) > QueryTextParser.MaxDistance)
                    throw new QuerySyntaxException(tilde,
                        $"the proximity ~{digits} at character {tilde + 1} is too wide: at most ~{QueryTextParser.MaxDistance}");
                distance = int.Parse(digits);
            }
        }

        SkipBoost();
        return new QueryToken(QueryTokenKind.Phrase, inside, open, distance);
    }

    private QueryToken? ReadWord()
    {
        var start = _pos;
        var colonSeen = false;
        while (_pos < _text.Length && !EndsWord(_text[_pos]))
        {
            if (_text[_pos] == ':' && !colonSeen)
            {
                colonSeen = true;
                var prefix = _text[start.._pos];
                if (string.Equals(prefix, SearchFields.Date, StringComparison.OrdinalIgnoreCase))
                {
                    _pos++;
                    return ReadDateValue(start);
                }

                if (SearchFields.Find(prefix) is { } field)
                {
                    _pos++;
                    return new QueryToken(QueryTokenKind.Field, field.Name, start);
                }

                if (LooksLikeFieldName(prefix) && !TextSchemes.Contains(prefix) && _pos + 1 < _text.Length
                    && (char.IsLetter(_text[_pos + 1]) || _text[_pos + 1] is '"' or '('))
                    throw new QuerySyntaxException(start,
                        $"unknown field '{prefix}' at character {start + 1} (known: {KnownFields}); " +
                        "to search the text itself, put it in quotes");
            }

            _pos++;
        }

        var word = _text[start.._pos];
        return word switch
        {
            "AND" or "&&" => new QueryToken(QueryTokenKind.And, word, start),
            "OR" or "||" => new QueryToken(QueryTokenKind.Or, word, start),
            "NOT" => new QueryToken(QueryTokenKind.Not, word, start),
            _ => new QueryToken(QueryTokenKind.Word, word, start),
        };
    }

    private QueryToken? ReadDateValue(int fieldStart)
    {
        SkipSpaces();
        var start = _pos;
        if (_pos >= _text.Length || _text[_pos] == ')')
        {
            _warnings.Add(new QueryMessage(fieldStart, $"ignored 'date:' at character {fieldStart + 1}: no date follows it"));
            return null;
        }

        string value;
        var opener = _text[_pos];
        if (opener is '[' or '{')
        {
            var close = _text.IndexOfAny([']', '}'], _pos + 1);
            if (close < 0)
                throw new QuerySyntaxException(start,
                    $"the date range opened at character {start + 1} is not closed with ] or }}");
            value = _text[start..(close + 1)];
            _pos = close + 1;
            SkipBoost();
        }
        else if (opener == '"')
        {
            var close = _text.IndexOf('"', _pos + 1);
            var end = close < 0 ? _text.Length : close;
            value = _text[(_pos + 1)..end];
            _pos = close < 0 ? _text.Length : close + 1;
            start++;
        }
        else
        {
            while (_pos < _text.Length && !EndsWord(_text[_pos]))
                _pos++;
            value = _text[start.._pos];
        }

        return new QueryToken(QueryTokenKind.Date, value, start);
    }

    /// <summary>Lucene's <c>^2</c> boost after a word, phrase or group: ranking weights are fixed, so it is dropped with a warning.</summary>
    private void SkipBoost()
    {
        if (_pos >= _text.Length || _text[_pos] != '^')
            return;
        var end = _pos + 1;
        while (end < _text.Length && (char.IsAsciiDigit(_text[end]) || _text[end] == '.'))
            end++;
        if (end == _pos + 1)
            return;
        _warnings.Add(new QueryMessage(_pos, $"ignored the boost '{_text[_pos..end]}' at character {_pos + 1}: field weights are fixed"));
        _pos = end;
    }

    private void SkipSpaces()
    {
        while (_pos < _text.Length && QueryText.IsSpace(_text[_pos]))
            _pos++;
    }

    private static bool EndsWord(char c) => QueryText.IsSpace(c) || c is '(' or ')' or '"';

    /// <summary>Prefixes of identifiers people paste (<c>doi:10.1038/x</c>, <c>urn:isbn:…</c>), searched as text rather than refused.</summary>
    private static readonly HashSet<string> TextSchemes = new(
        ["http", "https", "ftp", "mailto", "urn", "doi", "isbn", "issn", "arxiv", "pmid", "tel", "file", "www"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>A word that a person would mean as a field name: ASCII letters, digits or '_', starting with a letter.</summary>
    private static bool LooksLikeFieldName(string prefix) =>
        prefix.Length is > 0 and <= 32 && char.IsAsciiLetter(prefix[0])
        && prefix.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static readonly string KnownFields =
        string.Join(", ", SearchFields.All.Select(f => f.Name).Append(SearchFields.Date));
}
