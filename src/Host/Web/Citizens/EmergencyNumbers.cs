namespace LaiChau.Host.Web.Citizens;

/// <summary>The numbers to call at once for an urgent category (R2.2): 113 police, 114 fire and rescue, 115 ambulance.</summary>
public static class EmergencyNumbers
{
    public static string For(string categoryCode) => categoryCode switch
    {
        "chay-no" => "114, 115",
        "tai-nan" => "115, 113",
        "an-ninh" => "113",
        "sat-lo" => "114, 115",
        _ => "113, 114, 115",
    };
}
