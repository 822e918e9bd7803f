using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SemaineIndustrie.Data;

/// Settings of each SQLite connection: a 32 MB page cache (the default 2 MB holds a tenth of an
/// edition's events, so back-office joins read from the file), and `synchronous = NORMAL`, which
/// is safe with the write-ahead log the migrator turns on for database files.
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA cache_size = -32768; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
