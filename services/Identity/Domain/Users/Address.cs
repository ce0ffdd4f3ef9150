using System.Security.Cryptography;

namespace PurchasePlatform.Identity.Domain.Users;

/// <summary>A postal address of a user. Its id ("addr-" and 12 hex digits) is unique across users.</summary>
public sealed class Address
{
    private Address()
    {
        Id = "";
        Street = "";
        City = "";
        ZipCode = "";
        Country = "";
    }

    internal Address(AddressDetails details, DateTime createdAt)
        : this()
    {
        Id = "addr-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        CreatedAt = createdAt;
        Change(details);
    }

    public string Id { get; private set; }

    public string Street { get; private set; }

    public string City { get; private set; }

    public string? State { get; private set; }

    public string ZipCode { get; private set; }

    public string Country { get; private set; }

    public bool IsDefault { get; internal set; }

    public DateTime CreatedAt { get; private set; }

    internal void Change(AddressDetails details)
    {
        Street = details.Street;
        City = details.City;
        State = details.State;
        ZipCode = details.ZipCode;
        Country = details.Country;
    }
}
