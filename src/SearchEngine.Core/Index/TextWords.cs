namespace SearchEngine.Core.Index;

/// <summary>
/// The words of a text (runs of non-whitespace), found as far as they are asked for: a snippet reads a few hundred
/// characters past its last match, never more of the body than that. Reused from text to text.
/// </summary>
internal sealed class TextWords
{
    private readonly List<int> _starts = [];
    private readonly List<int> _sentences = [];   // per word, the nearest word at or before it that starts a sentence
    private int _scanned;

    public string Text { get; private set; } = "";

    /// <summary>Words found so far (all of them once <see cref="Has"/> has answered false).</summary>
    public int Found => _starts.Count;

    public void Reset(string text)
    {
        (Text, _scanned) = (text, 0);
        _starts.Clear();
        _sentences.Clear();
    }

    /// <summary>Whether the text has a word <paramref name="index"/> (0-based), finding words up to it.</summary>
    public bool Has(int index)
    {
        var text = Text;
        while (_starts.Count <= index && _scanned < text.Length)
        {
            var start = _scanned;
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
            if (start == text.Length)
            {
                _scanned = start;
                break;
            }
            var count = _starts.Count;
            // _scanned is the end of the word before, if any: its last character tells whether a sentence ended.
            _sentences.Add(count == 0 || text[_scanned - 1] is '.' or ':' or '!' or '?' ? count : _sentences[count - 1]);
            _starts.Add(start);
            _scanned = End(count);
        }
        return index < _starts.Count;
    }

    /// <summary>Where found word <paramref name="index"/> starts.</summary>
    public int Start(int index) => _starts[index];

    /// <summary>Where found word <paramref name="index"/> ends (its last character's offset plus one).</summary>
    public int End(int index)
    {
        var end = _starts[index];
        while (end < Text.Length && !char.IsWhiteSpace(Text[end])) end++;
        return end;
    }

    /// <summary>
    /// The nearest found word at or before word <paramref name="index"/> that starts a sentence: word 0, or one whose
    /// word before ends in '.', ':', '!' or '?'.
    /// </summary>
    public int SentenceAt(int index) => _sentences[index];

    /// <summary>The word holding character <paramref name="offset"/> (the one before it, in whitespace), finding words up to it.</summary>
    public int Of(int offset)
    {
        while (_scanned <= offset && Has(_starts.Count)) { }
        var index = _starts.BinarySearch(offset);
        return Math.Max(0, index >= 0 ? index : ~index - 1);
    }
}
