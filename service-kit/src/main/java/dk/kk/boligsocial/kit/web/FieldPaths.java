package dk.kk.boligsocial.kit.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the location of an invalid input as the {@code field} of a {@link dk.kk.boligsocial.kit.api.FieldError}:
 * properties joined by dots, indexes in brackets ({@code budget[2].amount.amount}).
 */
final class FieldPaths {

    private FieldPaths() {
    }

    /** From a Jackson path; {@code null} when the error is not inside any property (e.g. the whole body). */
    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /**
     * From a Bean Validation path without the method and parameter prefix: for a body parameter
     * {@code create.body.title} becomes {@code title}; a constraint on a parameter itself keeps the parameter name
     * ({@code list.limit} becomes {@code limit}). Container elements ({@code List<@NotBlank String>}) become indexes.
     */
    static String of(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int start = 0;
        while (start < nodes.size() && isInvocationNode(nodes.get(start).getKind())) {
            start++;
        }
        boolean leafIsParameter = start > 0 && start == nodes.size() && nodes.get(start - 1).getKind() == ElementKind.PARAMETER;
        if (leafIsParameter) {
            return nodes.get(start - 1).getName();
        }
        StringBuilder out = new StringBuilder();
        for (int i = start; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                out.append('[').append(position == null ? "" : position).append(']');
            }
            boolean named = node.getName() != null
                    && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN;
            if (named) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInvocationNode(ElementKind kind) {
        return kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                || kind == ElementKind.PARAMETER || kind == ElementKind.CROSS_PARAMETER;
    }
}
