namespace CorpusGenerator;

/// <summary>One real article of the shared corpora, split into paragraphs, with the person names found in it.</summary>
public sealed record SourceArticle(string File, string Corpus, string Topic, string Title, string[] Paragraphs, string[] Names)
{
    public int Length { get; } = Paragraphs.Sum(p => p.Length + 2);
}
