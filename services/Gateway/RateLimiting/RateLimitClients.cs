using System.Net;
using System.Net.Sockets;

namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>Whose allowance a request uses: the signed-in user's (token subject), else the client address's.</summary>
internal static class RateLimitClients
{
    public static string KeyFor(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirst("sub")?.Value is { Length: > 0 } subject)
        {
            return "user:" + subject;
        }

        return "ip:" + AddressKey(context.Connection.RemoteIpAddress);
    }

    // One IPv6 host usually holds a whole /64, so a guest changing addresses inside it would otherwise start afresh each time.
    private static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
