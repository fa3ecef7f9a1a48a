using RelevanceEval;
using SearchEngine.Core.Index;

// Tunes the field boosts on judged queries: mean nDCG@10 and P@5 of the defaults and of a small grid on the tuning half,
// then the best of the grid against the defaults on the held-out half. With --pool, prints the candidates to judge
// instead: the union of the top hits of the pooling configurations for each query of a file (one query a line).
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: RelevanceEval <index> <judgments.tsv>\n       RelevanceEval <index> --pool <queries.txt> [depth=20]");
    return 2;
}
var index = args[0];
if (args[1] == "--pool" && args.Length >= 3)
{
    var queries = File.ReadLines(args[2]).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
    var depth = args.Length > 3 ? int.Parse(args[3]) : 20;
    var lists = BoostConfig.Pooling().Select(c => Evaluator.Rank(index, c, queries, depth)).ToList();
    using var searcher = new ArticleSearcher(index);
    for (var q = 0; q < queries.Count; q++)
        foreach (var id in lists.SelectMany(l => l[q]).Distinct())
            Console.WriteLine($"{queries[q]}\t{id}\t{searcher.GetArticle(id)?.SourcePath}\t{searcher.GetArticle(id)?.Title}");
    return 0;
}

var judged = JudgedQuery.Load(args[1]);
var tuning = judged.Where(q => q.Half == JudgedQuery.Tuning).ToList();
var heldOut = judged.Where(q => q.Half == JudgedQuery.HeldOut).ToList();
Console.WriteLine($"{judged.Count} queries ({tuning.Count} tuning, {heldOut.Count} held out), {judged.Sum(q => q.Grades.Count)} judgments");

var defaults = BoostConfig.Defaults;
var grid = BoostConfig.Grid().Select(c => (Config: c, Score: Evaluator.Mean(index, c, tuning))).ToList();
var defaultTuning = Evaluator.Mean(index, defaults, tuning);
Console.WriteLine($"\n{"Tuning half",-46}nDCG@10  P@5");
Console.WriteLine($"  {"defaults (" + Describe(defaults) + ")",-44}{defaultTuning}");
foreach (var (config, score) in grid.OrderByDescending(g => g.Score.Ndcg).ThenByDescending(g => g.Score.Precision))
    Console.WriteLine($"  {config.Name,-44}{score}");

// The best of the grid by nDCG@10, then P@5; among equals the one nearest the defaults (fewest changed boosts).
var best = grid.OrderByDescending(g => Math.Round(g.Score.Ndcg, 4)).ThenByDescending(g => g.Score.Precision)
    .ThenBy(g => Changed(g.Config)).First();
var defaultHeld = Evaluator.Mean(index, defaults, heldOut);
var bestHeld = Evaluator.Mean(index, best.Config, heldOut);
Console.WriteLine($"\n{"Held-out half",-46}nDCG@10  P@5");
Console.WriteLine($"  {"defaults",-44}{defaultHeld}");
Console.WriteLine($"  {"best on tuning: " + best.Config.Name,-44}{bestHeld}");

Console.WriteLine($"\n{"Per query (defaults | best)",-38}nDCG@10        P@5");
var perDefault = Evaluator.PerQuery(index, defaults, judged);
var perBest = Evaluator.PerQuery(index, best.Config, judged);
for (var i = 0; i < judged.Count; i++)
    Console.WriteLine($"  {judged[i].Half,-8}{Trim(judged[i].Query),-28}{perDefault[i].Ndcg:0.000} {perBest[i].Ndcg:0.000}    {perDefault[i].Precision:0.0} {perBest[i].Precision:0.0}");
return 0;

static string Describe(BoostConfig c) => $"title {c.Weights["title"]} quote {c.Weights["quote"]} person {c.Weights["person"]}";
static int Changed(BoostConfig c) => c.Weights.Count(w => BoostConfig.Defaults.Weights[w.Key] != w.Value);
static string Trim(string s) => s.Length <= 26 ? s : s[..25] + "…";
