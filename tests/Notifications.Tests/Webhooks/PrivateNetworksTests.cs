using System.Net;
using PurchasePlatform.Notifications.Webhooks;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

public sealed class PrivateNetworksTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.0.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("93.184.216.34", false)]
    [InlineData("::1", true)]
    [InlineData("::", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("::ffff:192.168.1.1", true)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", false)]
    public void Private_loopback_and_link_local_addresses_are_recognised(string address, bool isPrivate)
    {
        Assert.Equal(isPrivate, PrivateNetworks.IsPrivate(IPAddress.Parse(address)));
    }

    [Fact]
    public async Task The_delivery_client_refuses_to_connect_to_a_name_that_resolves_to_a_private_address()
    {
        using var client = new HttpClient(new SocketsHttpHandler { ConnectCallback = PrivateNetworks.ConnectToPublicAddressAsync });

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("http://localhost:9/"));

        Assert.Contains("no public address", refused.ToString());
    }
}
