namespace LaiChau.Host.Web;

/// <summary>The web UI's addresses (Vietnamese, as citizens read them in e-mails and letters).</summary>
public static class WebPaths
{
    public const string Home = "/";
    public const string Error = "/loi";
    public const string Language = "/ngon-ngu";

    /// <summary>The bundle built from <c>Web/Client</c> (npm: Leaflet, htmx, our script and styles).</summary>
    public const string Assets = "/web";

    public const string Submit = "/gui-phan-anh";
    public const string Track = "/tra-cuu";
    public const string Results = "/ket-qua";
    public const string Statistics = "/thong-ke";
    public const string Inbox = "/can-bo";
    public const string Supervision = "/giam-sat";
    public const string Centre = "/trung-tam";
    public const string Admin = "/quan-tri";
}
