using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PurchasePlatform.Payments.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LateChargeOrderCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OrderCheckDue",
                table: "payments",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrderCheckDue",
                table: "payments");
        }
    }
}
