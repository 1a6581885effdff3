package io.labdesk.platform.core.brand;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** An institution's brand as stored: its primary colour and logo (none: LabDesk's own look). */
@Entity
@Table(name = "brand")
class Brand extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "primary_colour", length = 7)
    private String primaryColour;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "logo_type", length = 40)
    private String logoType;

    @Column(name = "logo_sha256", length = 64)
    private String logoSha256;

    @Version
    private long version;

    protected Brand() {
    }

    Brand(UUID id) {
        this.id = id;
    }

    String primaryColour() {
        return primaryColour;
    }

    void colour(String primaryColour) {
        this.primaryColour = primaryColour;
    }

    byte[] logo() {
        return logo;
    }

    String logoType() {
        return logoType;
    }

    String logoSha256() {
        return logoSha256;
    }

    void logo(byte[] logo, String type, String sha256) {
        this.logo = logo;
        this.logoType = type;
        this.logoSha256 = sha256;
    }

    long version() {
        return version;
    }
}
