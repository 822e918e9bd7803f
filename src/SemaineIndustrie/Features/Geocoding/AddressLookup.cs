using System.Globalization;
using System.Text.Json;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Geocoding;

/// Where an address is: the API Adresse of the Base Adresse Nationale when it answers, otherwise
/// (offline, slow, unknown address) the centre of the commune from the official geography.
public sealed partial class AddressLookup(HttpClient http, FrenchGeography geography, ILogger<AddressLookup> logger)
{
    public async Task<LocatedAddress?> LocateAsync(string? address, string? postalCode, string? city, CancellationToken ct)
    {
        var commune = geography.FindCommune(postalCode, city);
        if (!string.IsNullOrWhiteSpace(address) && (commune is not null || !string.IsNullOrWhiteSpace(city)))
        {
            var found = await SearchAsync($"{address} {postalCode} {commune?.Name ?? city}", postalCode, ct);
            if (found is not null && geography.Commune(found.CommuneCode) is not null)
            {
                return found;
            }
        }
        return commune is null ? null
            : new LocatedAddress(address?.Trim() ?? "", postalCode ?? (commune.PostalCodes.Count > 0 ? commune.PostalCodes[0] : ""), commune.Code,
                commune.Name, commune.Latitude, commune.Longitude, Precise: false);
    }

    private async Task<LocatedAddress?> SearchAsync(string query, string? postalCode, CancellationToken ct)
    {
        var url = $"search/?q={Uri.EscapeDataString(query)}&limit=1&type=housenumber"
            + (string.IsNullOrWhiteSpace(postalCode) ? "" : $"&postcode={Uri.EscapeDataString(postalCode)}");
        try
        {
            using var response = await http.GetAsync(url, ct);
            if (!response.IsSuccessStatusCode)
            {
                LogUnavailable(logger, (int)response.StatusCode);
                return null;
            }
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
            var feature = json.RootElement.GetProperty("features").EnumerateArray().FirstOrDefault();
            if (feature.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var properties = feature.GetProperty("properties");
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
            return new LocatedAddress(
                properties.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "",
                properties.GetProperty("postcode").GetString() ?? "",
                properties.GetProperty("citycode").GetString() ?? "",
                properties.GetProperty("city").GetString() ?? "",
                coordinates[1].GetDouble(), coordinates[0].GetDouble(), Precise: true);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            if (ct.IsCancellationRequested)
            {
                throw;
            }
            LogFailed(logger, ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "API Adresse answered {Status}: the commune's centre is used")]
    private static partial void LogUnavailable(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "API Adresse unreachable ({Error}): the commune's centre is used")]
    private static partial void LogFailed(ILogger logger, string error);
}

/// An address placed on the map: precisely by the API Adresse, or at the commune's centre.
public sealed record LocatedAddress(string AddressLine, string PostalCode, string CommuneCode, string CommuneName, double Latitude, double Longitude,
    bool Precise)
{
    public string Describe() => Precise
        ? "Adresse trouvée dans la Base Adresse Nationale : vérifiez la position du repère sur la carte."
        : "Adresse non localisée précisément : le repère est au centre de la commune. Déplacez-le sur le lieu exact.";
}

public static class GeocodingSetup
{
    public static IServiceCollection AddGeocoding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient<AddressLookup>(client =>
        {
            client.BaseAddress = new Uri((configuration["Geocoding:BaseUrl"] ?? "https://api-adresse.data.gouv.fr").TrimEnd('/') + "/");
            client.Timeout = TimeSpan.FromSeconds(configuration.GetValue("Geocoding:TimeoutSeconds", 3));
        });
        return services;
    }
}
