package io.labdesk.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantRequestFilterTest {

    @Test
    void publicPagesNameTheirInstitutionInTheAddress() {
        assertThat(TenantRequestFilter.publicSlug("/t/donghu-atc/request")).contains("donghu-atc");
        assertThat(TenantRequestFilter.publicSlug("/t/hengzhun-cal")).contains("hengzhun-cal");
    }

    @Test
    void trackingLinksCarryTheirToken() {
        assertThat(TenantRequestFilter.trackingToken("/track/abc_DEF-123")).contains("abc_DEF-123");
        assertThat(TenantRequestFilter.trackingToken("/track/abc/details")).contains("abc");
        assertThat(TenantRequestFilter.trackingToken("/track/")).isEmpty();
        assertThat(TenantRequestFilter.trackingToken("/t/donghu-atc")).isEmpty();
    }

    @Test
    void anythingElseNamesNoInstitution() {
        assertThat(TenantRequestFilter.publicSlug("/api/v1/me")).isEmpty();
        assertThat(TenantRequestFilter.publicSlug("/t/")).isEmpty();
        assertThat(TenantRequestFilter.publicSlug("/t/Not A Slug/x")).isEmpty();
        assertThat(TenantRequestFilter.publicSlug("/admin/t/donghu-atc")).isEmpty();
    }
}
