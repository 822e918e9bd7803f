using Xunit;

namespace SemaineIndustrie.BrowserTests;

/// The journeys share one server and one browser; each test opens its own browser context.
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<HttpServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Navigateur";
}
