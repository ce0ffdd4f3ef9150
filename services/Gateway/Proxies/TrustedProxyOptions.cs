using System.Net;

namespace PurchasePlatform.Gateway.Proxies;

/// <summary>
/// The load balancers or ingress controllers in front of the gateway (<c>TrustedProxies</c> section). Only a request
/// whose connection comes from one of them has its <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> believed: the
/// client address then comes from the header, so rate limits count each guest rather than the proxy. With none
/// configured (the default) no forwarded header is believed, from anyone.
/// </summary>
internal sealed class TrustedProxyOptions
{
    public const string SectionName = "TrustedProxies";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.7</c>.</summary>
    public List<string> Addresses { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.244.0.0/16</c> for a cluster's pod network.</summary>
    public List<string> Networks { get; set; } = [];

    /// <summary>How many proxies in a row may have added to X-Forwarded-For (the nearest first).</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Any => Addresses.Count > 0 || Networks.Count > 0;

    public IEnumerable<string> Invalid() =>
        Addresses.Where(address => !IPAddress.TryParse(address, out _))
            .Concat(Networks.Where(network => !IPNetwork.TryParse(network, out _)));
}
