using SearchEngine.Core.Extraction;

namespace SearchEngine.Core.Duplicates;

/// <summary>
/// One side of a <see cref="StoryExplainer"/> comparison: the article's words read once, with its numbers and names
/// (by fingerprint key, each with its first occurrence and count) and the words of its persons' names.
/// </summary>
internal sealed class ExplainedArticle
{
    /// <summary>Words at the start of the text that count as its lead, where a number is prominent.</summary>
    private const int LeadWords = 50;

    public ExplainedArticle(Article article)
    {
        Article = article;
        Tokens = TextNormalizer.Tokenize(article.Text);
        TitleTokens = TextNormalizer.Tokenize(article.Title);
        for (var i = 0; i < Tokens.Count; i++)
        {
            var token = Tokens[i];
            Words.Add(token.Hash);
            if (StoryWords.IsNumber(article.Text, token)) Count(Numbers, token, i);
            else if (StoryWords.IsName(article.Text, token)) Count(Names, token, i);
        }
        foreach (var token in TitleTokens) Words.Add(token.Hash);
        foreach (var person in article.Persons)
            foreach (var form in person.Aliases.Append(person.Name).Concat(person.Mentions.Select(m => m.Text)))
                foreach (var token in TextNormalizer.Tokenize(form))
                    PersonWords.Add(token.Hash);
    }

    public Article Article { get; }

    public string Text => Article.Text;

    public List<WordToken> Tokens { get; }

    public List<WordToken> TitleTokens { get; }

    /// <summary>Every folded word of the text and the title.</summary>
    public HashSet<ulong> Words { get; } = [];

    /// <summary>Numbers by fingerprint key: the index of the first occurrence in <see cref="Tokens"/> and how often.</summary>
    public Dictionary<uint, (int First, int Count)> Numbers { get; } = [];

    /// <summary>Names by fingerprint key: the index of the first occurrence in <see cref="Tokens"/> and how often.</summary>
    public Dictionary<uint, (int First, int Count)> Names { get; } = [];

    /// <summary>Folded words of every person's name, aliases and mentions.</summary>
    public HashSet<ulong> PersonWords { get; } = [];

    /// <summary>Whether the token at <paramref name="index"/> is in the article's lead.</summary>
    public bool InLead(int index) => index < LeadWords;

    /// <summary>Whether the title has the word.</summary>
    public bool TitleHas(ulong wordHash) => TitleTokens.Exists(t => t.Hash == wordHash);

    /// <summary>The text of a token as written.</summary>
    public string Written(int index) => Text[Tokens[index].Start..Tokens[index].End];

    private static void Count(Dictionary<uint, (int First, int Count)> counts, WordToken token, int index)
    {
        var key = StoryWords.Key(token);
        counts[key] = counts.TryGetValue(key, out var seen) ? (seen.First, seen.Count + 1) : (index, 1);
    }
}
