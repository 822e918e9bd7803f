namespace SemaineIndustrie.Features.Discovery;

/// The projection of web maps (EPSG:3857), normalised to [0, 1] on both axes.
public static class WebMercator
{
    private const double MaxLatitude = 85.05112878;

    public static (double X, double Y) Project(double latitude, double longitude)
    {
        var lat = Math.Clamp(latitude, -MaxLatitude, MaxLatitude) * Math.PI / 180;
        var x = (longitude + 180) / 360;
        var y = (1 - (Math.Log(Math.Tan(lat) + (1 / Math.Cos(lat))) / Math.PI)) / 2;
        return (x, y);
    }

    public static (double Latitude, double Longitude) Unproject(double x, double y)
    {
        var n = Math.PI - (2 * Math.PI * y);
        return (180 / Math.PI * Math.Atan(Math.Sinh(n)), (x * 360) - 180);
    }
}
