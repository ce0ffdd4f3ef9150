using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PurchasePlatform.Notifications.Messages.Domain;

/// <summary>
/// An order's customer and number, learned from <c>orders.order_placed.v1</c>: <c>payments.payment_failed.v1</c> names
/// only the order, and the later order events do not carry its number.
/// </summary>
public sealed class CustomerOrder
{
    public required string OrderId { get; init; }

    public required Guid UserId { get; init; }

    public required string OrderNumber { get; init; }
}

internal sealed class CustomerOrderConfiguration : IEntityTypeConfiguration<CustomerOrder>
{
    public void Configure(EntityTypeBuilder<CustomerOrder> builder)
    {
        builder.ToTable("customer_orders");
        builder.HasKey(o => o.OrderId);
        builder.Property(o => o.OrderId).HasMaxLength(64);
        builder.Property(o => o.OrderNumber).HasMaxLength(64);
    }
}
