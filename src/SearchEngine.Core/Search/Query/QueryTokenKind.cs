namespace SearchEngine.Core.Search.Query;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    Date,
    LeftParen,
    RightParen,
    And,
    Or,
    Not,
    Must,
    MustNot,
    End,
}
