namespace SemaineIndustrie.Features.Geography;

/// Where the reference lists (built from npm) and the open geographic data directory are.
public sealed class GeographyOptions
{
    public required string ReferenceDirectory { get; init; }
    public string? DataDirectory { get; init; }

    public string? DataFile(string name)
    {
        if (DataDirectory is null)
        {
            return null;
        }
        var path = Path.Combine(DataDirectory, name);
        return File.Exists(path) ? path : null;
    }
}

public static class GeographySetup
{
    public static IServiceCollection AddGeography(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new GeographyOptions
        {
            ReferenceDirectory = Path.GetFullPath(configuration["Geo:ReferenceDirectory"] ?? "Reference", environment.ContentRootPath),
            DataDirectory = configuration["Geo:DataDirectory"] is { Length: > 0 } data ? Path.GetFullPath(data, environment.ContentRootPath) : null,
        };
        services.AddSingleton(options);
        services.AddSingleton<FrenchGeography>();
        return services;
    }
}
