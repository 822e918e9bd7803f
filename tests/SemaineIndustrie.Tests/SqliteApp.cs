using Microsoft.Data.Sqlite;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Tests;

/// The application on a private in-memory SQLite database. An in-memory database lives as long as
/// one connection to it is open, so the fixture holds one for its whole life.
public class SqliteApp : TestApp
{
    private readonly SqliteConnection _keepAlive;

    public SqliteApp()
    {
        ConnectionString = $"Data Source=test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string ConnectionString { get; }

    protected override async Task DropDatabaseAsync() => await _keepAlive.DisposeAsync();
}
