using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class DuplicateIndexTests
{
    private static readonly FingerprintBuilder Builder = new();

    private static ArticleFingerprint Fp(string id, string text, string? outlet = null, DateOnly? date = null) =>
        Builder.Build(id, text, outlet, date);

    private static string[] Ids(DuplicateCluster? cluster) => cluster is null ? [] : [.. cluster.Members.Select(m => m.Id).Order()];

    [Fact]
    public void Copies_differing_only_in_layout_form_an_exact_cluster_with_the_earliest_as_origin()
    {
        var text = TestTexts.Join(TestTexts.Words(120, 10));
        var index = new DuplicateIndex();
        index.Add(Fp("late", text, "Outlet B", new DateOnly(2025, 11, 24)));
        index.Add(Fp("early", text.ToUpperInvariant().Replace(" ", "\n "), "Outlet A", new DateOnly(2025, 11, 22)));
        index.Add(Fp("other", TestTexts.Join(TestTexts.Words(120, 11))));

        var cluster = index.ClusterOf("late", DuplicateLevel.Exact).ShouldNotBeNull();
        Ids(cluster).ShouldBe(["early", "late"]);
        cluster.Origin.Id.ShouldBe("early");
        cluster.Outlets.ShouldBe(["Outlet A", "Outlet B"]);
        cluster.Members.ShouldAllBe(m => m.SimilarityToOrigin == 1);
        index.ClusterOf("other", DuplicateLevel.Exact).ShouldBeNull();
    }

    [Fact]
    public void A_lightly_edited_copy_is_a_near_duplicate_but_not_an_exact_one()
    {
        var words = TestTexts.Words(200, 12);
        var edited = words[..180].ToArray();
        edited[50] = "replaced";
        edited[120] = "another";
        var index = new DuplicateIndex();
        index.Add(Fp("original", TestTexts.Join(words)));
        var matches = index.Add(Fp("edited", TestTexts.Join(edited)));

        matches.ShouldHaveSingleItem().Level.ShouldBe(DuplicateLevel.Near);
        matches[0].Similarity.ShouldBeInRange(0.8, 0.99);
        index.ClusterOf("edited", DuplicateLevel.Exact).ShouldBeNull();
        Ids(index.ClusterOf("edited", DuplicateLevel.Near)).ShouldBe(["edited", "original"]);
        Ids(index.ClusterOf("edited", DuplicateLevel.Story)).ShouldBe(["edited", "original"]);
    }

    [Fact]
    public void Articles_sharing_less_than_the_threshold_are_not_near_duplicates()
    {
        var words = TestTexts.Words(200, 13);
        var index = new DuplicateIndex();
        index.Add(Fp("a", TestTexts.Join(words[..150])));
        index.Add(Fp("b", TestTexts.Join(words[50..])));
        index.ClusterOf("a", DuplicateLevel.Near).ShouldBeNull();
    }

    [Theory]
    [InlineData("A", "B", "C")]
    [InlineData("A", "C", "B")]
    [InlineData("C", "B", "A")]
    public void A_drifting_chain_does_not_glue_its_ends_together(string first, string second, string third)
    {
        // A≈B and B≈C at Jaccard 0.81, but A and C only 0.66.
        var words = TestTexts.Words(120, 14);
        var texts = new Dictionary<string, string>
        {
            ["A"] = TestTexts.Join(words[..100]),
            ["B"] = TestTexts.Join(words[10..110]),
            ["C"] = TestTexts.Join(words[20..120]),
        };
        var index = new DuplicateIndex();
        foreach (var id in new[] { first, second, third }) index.Add(Fp(id, texts[id]));

        index.Similarity("A", "B", DuplicateLevel.Near).ShouldBeGreaterThan(0.8);
        index.Similarity("B", "C", DuplicateLevel.Near).ShouldBeGreaterThan(0.8);
        index.Similarity("A", "C", DuplicateLevel.Near).ShouldBeLessThan(0.8);
        var clusters = index.Clusters(DuplicateLevel.Near);
        clusters.ShouldHaveSingleItem().Members.Count.ShouldBe(2);
        Ids(clusters[0]).ShouldNotBe(["A", "C"]);
        Ids(clusters[0]).ShouldContain("B");
    }

    [Fact]
    public void A_member_joins_a_cluster_when_it_matches_most_of_its_members()
    {
        var words = TestTexts.Words(300, 15);
        var index = new DuplicateIndex();
        for (var i = 0; i < 4; i++)
        {
            var copy = words[..250].ToArray();
            copy[20 + 50 * i] = $"edit{i}";
            index.Add(Fp($"copy{i}", TestTexts.Join(copy)));
        }
        index.Clusters(DuplicateLevel.Near).ShouldHaveSingleItem().Members.Count.ShouldBe(4);
    }

    [Fact]
    public void Adding_and_deleting_articles_updates_their_clusters()
    {
        var words = TestTexts.Words(200, 16);
        string Edit(int at) { var copy = words.ToArray(); copy[at] = "edited"; return TestTexts.Join(copy); }
        var index = new DuplicateIndex();
        index.Add(Fp("a", TestTexts.Join(words), date: new DateOnly(2025, 1, 1)));
        index.Add(Fp("b", Edit(40), date: new DateOnly(2025, 1, 2)));
        index.Add(Fp("c", Edit(160), date: new DateOnly(2025, 1, 3)));
        index.ClusterOf("a", DuplicateLevel.Near).ShouldNotBeNull().Members.Count.ShouldBe(3);

        index.Remove("a").ShouldBeTrue();
        var cluster = index.ClusterOf("b", DuplicateLevel.Near).ShouldNotBeNull();
        Ids(cluster).ShouldBe(["b", "c"]);
        cluster.Origin.Id.ShouldBe("b");
        index.MatchesOf("b").Select(m => m.OtherId).ShouldBe(["c"]);

        index.Remove("b").ShouldBeTrue();
        index.ClusterOf("c", DuplicateLevel.Near).ShouldBeNull();
        index.Clusters(DuplicateLevel.Near).ShouldBeEmpty();
        index.Count.ShouldBe(1);
        index.Remove("b").ShouldBeFalse();

        index.Add(Fp("a", TestTexts.Join(words)));
        Ids(index.ClusterOf("c", DuplicateLevel.Near)).ShouldBe(["a", "c"]);
    }

    [Fact]
    public void An_index_loaded_from_stored_fingerprints_has_the_same_clusters_whatever_their_order()
    {
        var words = TestTexts.Words(200, 32);
        string Edit(int at) { var copy = words.ToArray(); copy[at] = "edited"; return TestTexts.Join(copy); }
        var texts = new Dictionary<string, string>
        {
            ["c"] = Edit(150), ["a"] = TestTexts.Join(words), ["b"] = Edit(50), ["d"] = TestTexts.Join(TestTexts.Words(200, 33)),
        };
        var stored = new[]
        {
            Fp("c", texts["c"], "Three", new DateOnly(2025, 2, 3)),
            Fp("a", texts["a"], "One", new DateOnly(2025, 2, 1)),
            Fp("b", texts["b"], "Two", new DateOnly(2025, 2, 2)),
            Fp("d", texts["d"]),
        }.Select(f => f.ToBytes()).ToList();
        var asked = new List<string>();
        uint[] Shingles(string id)
        {
            asked.Add(id);
            return Builder.ShinglesOf(texts[id]);
        }

        var forward = DuplicateIndex.Load(stored.Select(b => ArticleFingerprint.FromBytes(b)), shingles: Shingles);
        stored.Reverse();
        var backward = DuplicateIndex.Load(stored.Select(b => ArticleFingerprint.FromBytes(b)), shingles: Shingles);

        var cluster = forward.ClusterOf("b", DuplicateLevel.Near).ShouldNotBeNull();
        cluster.Members.Select(m => m.Id).ShouldBe(["a", "b", "c"]);
        cluster.Members.ShouldAllBe(m => m.SimilarityToOrigin >= 0.8);
        backward.ClusterOf("b", DuplicateLevel.Near).ShouldBe(cluster, new ClusterComparer());
        forward.Count.ShouldBe(4);
        // Shingles are read only for the pairs LSH proposes: never for the unrelated article.
        asked.ShouldNotContain("d");
    }

    [Fact]
    public void Candidates_whose_signatures_disagree_are_dropped_without_reading_their_text()
    {
        var words = TestTexts.Words(300, 40);
        var half = words[..150].Concat(TestTexts.Words(150, 41)).ToArray();
        var near = words.ToArray();
        near[100] = "edited";
        var texts = new Dictionary<string, string>
        {
            ["original"] = TestTexts.Join(words), ["half"] = TestTexts.Join(half), ["near"] = TestTexts.Join(near),
        };
        var asked = new List<string>();
        uint[] Shingles(string id)
        {
            asked.Add(id);
            return Builder.ShinglesOf(texts[id]);
        }
        // One row per band: any shared signature position makes a candidate, so all three pairs are proposed.
        var options = new DuplicateOptions { Bands = 100, Rows = 1 };
        var builder = new FingerprintBuilder(options);
        var stored = texts.Select(t => ArticleFingerprint.FromBytes(builder.Build(t.Key, t.Value).ToBytes())).ToList();

        var index = DuplicateIndex.Load(stored, options, shingles: Shingles);

        index.ClusterOf("near", DuplicateLevel.Near).ShouldNotBeNull().Members.Select(m => m.Id).Order().ShouldBe(["near", "original"]);
        index.ClusterOf("half", DuplicateLevel.Near).ShouldBeNull();
        asked.ShouldNotContain("half");
    }

    [Fact]
    public void Loading_a_stream_in_date_order_gives_the_clusters_of_a_sorted_load_and_refuses_a_stream_out_of_order()
    {
        var words = TestTexts.Words(200, 50);
        string Edit(int at) { var copy = words.ToArray(); copy[at] = "edited"; return TestTexts.Join(copy); }
        var fingerprints = new[]
        {
            Fp("x", Edit(20), "One", new DateOnly(2025, 3, 1)),
            Fp("y", Edit(120), "Two", new DateOnly(2025, 3, 2)),
            Fp("z", TestTexts.Join(words), "Three", new DateOnly(2025, 3, 3)),
            Fp("u", TestTexts.Join(TestTexts.Words(200, 51))),
        };

        var streamed = DuplicateIndex.LoadInOrder(fingerprints);
        var sorted = DuplicateIndex.Load(fingerprints.Reverse());
        streamed.ClusterOf("z", DuplicateLevel.Near).ShouldBe(sorted.ClusterOf("z", DuplicateLevel.Near), new ClusterComparer());
        streamed.ClusterOf("z", DuplicateLevel.Near).ShouldNotBeNull().Origin.Id.ShouldBe("x");

        Should.Throw<ArgumentException>(() => DuplicateIndex.LoadInOrder(fingerprints.Reverse()));
    }

    private sealed class ClusterComparer : IEqualityComparer<DuplicateCluster?>
    {
        public bool Equals(DuplicateCluster? x, DuplicateCluster? y) =>
            x is not null && y is not null && x.Level == y.Level && x.Members.SequenceEqual(y.Members);

        public int GetHashCode(DuplicateCluster? obj) => obj?.Members.Count ?? 0;
    }

    [Fact]
    public void Re_adding_an_id_replaces_the_article()
    {
        var words = TestTexts.Words(200, 17);
        var index = new DuplicateIndex();
        index.Add(Fp("a", TestTexts.Join(words)));
        index.Add(Fp("b", TestTexts.Join(words)));
        index.Add(Fp("b", TestTexts.Join(TestTexts.Words(200, 18))));
        index.Count.ShouldBe(2);
        index.ClusterOf("a", DuplicateLevel.Exact).ShouldBeNull();
    }

    [Fact]
    public void Matches_report_each_article_at_its_strictest_level()
    {
        var words = TestTexts.Words(200, 19);
        var edited = words.ToArray();
        edited[100] = "changed";
        var index = new DuplicateIndex();
        index.Add(Fp("copy", TestTexts.Join(words)));
        index.Add(Fp("edit", TestTexts.Join(edited)));
        var matches = index.Add(Fp("original", TestTexts.Join(words)));

        matches.Select(m => (m.OtherId, m.Level)).ShouldBe([("copy", DuplicateLevel.Exact), ("edit", DuplicateLevel.Near)]);
        matches[0].Similarity.ShouldBe(1);
    }

    private const string StoryOne =
        "Envoy Dmitri Kovalenko arrived in Tallinn on Tuesday with a 14-point proposal to end the fishing dispute, officials said. " +
        "Kovalenko told reporters that \"the nets stay out of the bay until a deal is signed\". " +
        "Estonian minister Liis Saar said 3,400 boats were affected by the closure of the Narva grounds.";

    private const string StoryOneRewritten =
        "A 14-point plan to settle the long-running fishing row was handed over in Tallinn by the envoy Dmitri Kovalenko. " +
        "Minister Liis Saar put the number of vessels hit by the Narva closure at 3,400. " +
        "According to Kovalenko, \"the nets stay out of the bay until a deal is signed\", and talks go on.";

    private const string SameTopicOtherEvent =
        "Fishing crews protested in Riga over new quotas as the fishing dispute over the bay dragged on. " +
        "Minister Anna Berzina said talks would resume next month and that 900 jobs were at risk. " +
        "The dispute has lasted two years, and officials said a deal was not close.";

    private static readonly string[] Background =
    [
        "The central bank raised interest rates by a quarter point to curb inflation, officials said on Monday.",
        "A new stadium will open in the capital next spring after delays caused by a shortage of steel.",
        "Heavy rain flooded roads across the region and schools closed for the day.",
        "The football club signed a striker from Portugal on a three-year contract.",
        "Researchers found that the drug reduced symptoms in most patients in the trial.",
        "Fishing quotas for the coming season were published by the ministry on Friday.",
    ];

    [Fact]
    public void Two_tellings_of_one_story_cluster_and_the_same_topic_does_not()
    {
        var index = new DuplicateIndex();
        for (var i = 0; i < Background.Length; i++) index.Add(Fp($"bg{i}", Background[i]));
        index.Add(Fp("one", StoryOne, "Wire", new DateOnly(2025, 3, 4)));
        index.Add(Fp("topic", SameTopicOtherEvent, "Daily", new DateOnly(2025, 3, 4)));
        index.Add(Fp("rewrite", StoryOneRewritten, "Paper", new DateOnly(2025, 3, 5)));

        index.Similarity("one", "rewrite", DuplicateLevel.Near).ShouldBeLessThan(0.2);
        var cluster = index.ClusterOf("rewrite", DuplicateLevel.Story).ShouldNotBeNull();
        Ids(cluster).ShouldBe(["one", "rewrite"]);
        cluster.Origin.Id.ShouldBe("one");
        cluster.Members[1].SimilarityToOrigin.ShouldBeGreaterThanOrEqualTo(index.Options.StoryThreshold);
        index.ClusterOf("topic", DuplicateLevel.Story).ShouldBeNull();
    }

    [Fact]
    public void Person_keys_that_join_two_spellings_raise_the_story_similarity()
    {
        const string a = "Volodymyr Zelensky met envoys in Kyiv to discuss the draft.";
        const string b = "The draft was discussed in Kyiv by Volodymyr Zelenskyy and the envoys.";
        var without = new DuplicateIndex();
        without.Add(Builder.Build("a", a));
        without.Add(Builder.Build("b", b));
        var with = new DuplicateIndex();
        with.Add(Builder.Build("a", a, personKeys: ["volodymyr-zelensky"]));
        with.Add(Builder.Build("b", b, personKeys: ["volodymyr-zelensky"]));

        with.Similarity("a", "b", DuplicateLevel.Story).ShouldBeGreaterThan(without.Similarity("a", "b", DuplicateLevel.Story));
    }

    [Fact]
    public void The_same_story_weeks_apart_is_not_one_story()
    {
        var index = new DuplicateIndex();
        for (var i = 0; i < Background.Length; i++) index.Add(Fp($"bg{i}", Background[i]));
        index.Add(Fp("one", StoryOne, date: new DateOnly(2025, 3, 4)));
        index.Add(Fp("rewrite", StoryOneRewritten, date: new DateOnly(2025, 4, 20)));
        index.ClusterOf("one", DuplicateLevel.Story).ShouldBeNull();
    }

    [Fact]
    public void A_shared_paragraph_between_different_articles_is_a_copied_passage()
    {
        var shared = TestTexts.Join(TestTexts.Words(40, 20));
        var before = TestTexts.Join(TestTexts.Words(60, 21));
        var after = TestTexts.Join(TestTexts.Words(80, 22));
        var first = before + ". " + shared + ". End.";
        var second = after + "\n\n" + shared + "\n\nMore text follows here.";
        var index = new DuplicateIndex();
        index.Add(Fp("first", first));
        index.Add(Fp("second", second));

        var passage = index.PassagesOf("second").ShouldHaveSingleItem();
        passage.OtherId.ShouldBe("first");
        shared.ShouldContain(second[passage.Span.Start..passage.Span.End]);
        shared.ShouldContain(first[passage.OtherSpan.Start..passage.OtherSpan.End]);
        passage.Words.ShouldBeGreaterThanOrEqualTo(25);
        index.PassagesOf("first").ShouldHaveSingleItem().OtherId.ShouldBe("second");
        index.MatchesOf("first").ShouldHaveSingleItem().Level.ShouldBe(DuplicateLevel.Passage);
        index.ClusterOf("first", DuplicateLevel.Near).ShouldBeNull();
    }

    [Fact]
    public void A_short_shared_phrase_is_not_a_passage()
    {
        var phrase = TestTexts.Join(TestTexts.Words(10, 23));
        var index = new DuplicateIndex();
        index.Add(Fp("first", TestTexts.Join(TestTexts.Words(60, 24)) + " " + phrase));
        index.Add(Fp("second", phrase + " " + TestTexts.Join(TestTexts.Words(60, 25))));
        index.PassagesOf("first").ShouldBeEmpty();
    }

    [Fact]
    public void Deleting_an_article_removes_its_passages_from_the_other()
    {
        var shared = TestTexts.Join(TestTexts.Words(40, 26));
        var index = new DuplicateIndex();
        index.Add(Fp("first", TestTexts.Join(TestTexts.Words(50, 27)) + " " + shared));
        index.Add(Fp("second", shared + " " + TestTexts.Join(TestTexts.Words(50, 28))));
        index.PassagesOf("first").ShouldNotBeEmpty();
        index.Remove("second");
        index.PassagesOf("first").ShouldBeEmpty();
    }

    [Fact]
    public void A_paragraph_reused_everywhere_gives_each_article_a_bounded_set_of_partners_sharing_most()
    {
        var paragraph = TestTexts.Join(TestTexts.Words(40, 30));
        var longer = TestTexts.Join(TestTexts.Words(90, 31));
        var index = new DuplicateIndex(new DuplicateOptions { MaxPassagePartners = 3 });
        // "hub" shares the short paragraph with every other article, and a longer passage with the last two only.
        index.Add(Fp("hub", paragraph + "\n\n" + longer + "\n\n" + TestTexts.Join(TestTexts.Words(50, 32))));
        for (var i = 0; i < 8; i++)
        {
            var own = TestTexts.Join(TestTexts.Words(60, 100 + i));
            index.Add(Fp($"a{i}", i >= 6 ? own + "\n\n" + paragraph + "\n\n" + longer : own + "\n\n" + paragraph));
        }

        var partners = index.PassagesOf("hub").Select(p => p.OtherId).Distinct().ToList();
        partners.Count.ShouldBe(3);
        partners.ShouldContain("a6");
        partners.ShouldContain("a7");
        foreach (var id in Enumerable.Range(0, 8).Select(i => $"a{i}"))
        {
            var theirs = index.PassagesOf(id).Select(p => p.OtherId).Distinct().ToList();
            theirs.Count.ShouldBeLessThanOrEqualTo(3);
            // Links are kept on both sides or neither.
            theirs.Contains("hub").ShouldBe(partners.Contains(id));
            foreach (var other in theirs) index.PassagesOf(other).ShouldContain(p => p.OtherId == id);
        }

        foreach (var id in partners) index.Remove(id);
        index.PassagesOf("hub").ShouldBeEmpty();
        foreach (var id in Enumerable.Range(0, 8).Select(i => $"a{i}").Except(partners))
            index.PassagesOf(id).ShouldAllBe(p => !partners.Contains(p.OtherId));
    }

    [Fact]
    public void Passage_level_has_no_clusters()
    {
        Should.Throw<ArgumentException>(() => new DuplicateIndex().Clusters(DuplicateLevel.Passage));
    }
}
