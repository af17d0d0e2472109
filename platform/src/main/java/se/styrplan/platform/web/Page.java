package se.styrplan.platform.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to fetch the rest. */
@Schema(description = "One page of a paged list")
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Zero-based page number") int page,
        @Schema(description = "Requested page size") int size,
        @Schema(description = "Items in the whole list") long totalItems,
        @Schema(description = "Pages in the whole list") long totalPages) {

    public static <T> Page<T> of(List<T> items, Paging paging, long total) {
        return new Page<>(items, paging.page(), paging.size(), total, (total + paging.size() - 1) / paging.size());
    }
}
