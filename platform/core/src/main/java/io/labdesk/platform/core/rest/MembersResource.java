package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.staff.StaffAdministration;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code /api/v1/members}: the current tenant's staff and their roles (tenant admins only). */
@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    StaffMembers members;

    @Inject
    StaffAdministration administration;

    /** Adds a staff member; a new account's one-time password is answered once. */
    @POST
    public Response add(NewMember request) {
        StaffAdministration.Added added = administration.add(request.username(), request.name(), request.email(),
                request.roles() == null ? Set.of() : request.roles());
        return Response.status(Response.Status.CREATED)
                .entity(new AddedMember(Member.of(added.member()), added.account().temporaryPassword())).build();
    }

    public record NewMember(String username, String name, String email, Set<TenantRole> roles) {
    }

    public record AddedMember(Member member, String temporaryPassword) {
    }

    @GET
    public List<Member> list() {
        return members.list().stream().map(Member::of).toList();
    }

    @GET
    @Path("{id}")
    public Member get(@PathParam("id") UUID id) {
        return members.find(id).map(Member::of).orElseThrow(() -> new NotFound("member", id));
    }

    /** Replaces the member's roles; {@code version} must be the one read, else 409. */
    @PUT
    @Path("{id}/roles")
    public Member assignRoles(@PathParam("id") UUID id, RolesChange change) {
        return Member.of(members.assignRoles(id, change.roles() == null ? Set.of() : change.roles(), change.version()));
    }

    @PUT
    @Path("{id}/active")
    public Member setActive(@PathParam("id") UUID id, ActiveChange change) {
        return Member.of(members.setActive(id, change.active(), change.version()));
    }

    public record Member(UUID id, String username, String name, String email, List<String> roles, boolean active,
                         long version) {
        static Member of(TenantMember m) {
            return new Member(m.id(), m.username(), m.displayName(), m.email(),
                    m.roles().stream().sorted().map(Enum::name).toList(), m.active(), m.version());
        }
    }

    public record RolesChange(Set<TenantRole> roles, long version) {
    }

    public record ActiveChange(boolean active, long version) {
    }
}
