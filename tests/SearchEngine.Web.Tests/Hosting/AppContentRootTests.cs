using SearchEngine.Web.Hosting;

namespace SearchEngine.Web.Tests.Hosting;

public sealed class AppContentRootTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("se-web-root-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    [Fact]
    public void The_app_s_folder_is_the_content_root_when_its_settings_are_there()
    {
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), "{}");
        Assert.Equal(_folder, AppContentRoot.Choose([], _folder));
    }

    [Fact]
    public void Without_settings_beside_the_app_ASP_NET_s_default_stands() => Assert.Null(AppContentRoot.Choose([], _folder));

    [Theory]
    [InlineData("--contentRoot=/srv/news")]
    [InlineData("--contentRoot", "/srv/news")]
    public void A_content_root_given_on_the_command_line_wins(params string[] args)
    {
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), "{}");
        Assert.Null(AppContentRoot.Choose(args, _folder));
    }
}
