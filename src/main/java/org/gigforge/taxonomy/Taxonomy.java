package org.gigforge.taxonomy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gigforge.platform.BundledTable;
import org.springframework.stereotype.Service;

/**
 * The taxonomy API. The lists ship with the application (tab-separated files under
 * {@code taxonomy/}), are read once, and are the same on every node; the database keeps copies of
 * categories and skills so that jobs and profiles can reference them with foreign keys.
 */
@Service
public class Taxonomy {

    private final Map<String, Category> categories;
    private final Map<String, Skill> skills;
    private final List<Place> places;

    Taxonomy() {
        this.categories = index(read("taxonomy/categories.tsv", r -> new Category(r[0], r[1], r[2])), Category::code);
        this.skills = index(read("taxonomy/skills.tsv", r -> new Skill(r[0], r[1], r[2])), Skill::slug);
        this.places = read("taxonomy/cities.tsv", r -> new Place(
                r[0], r[1], r[2], Double.parseDouble(r[3]), Double.parseDouble(r[4]), r[5]));
    }

    public Collection<Category> categories() {
        return categories.values();
    }

    public Optional<Category> category(String code) {
        return Optional.ofNullable(categories.get(code));
    }

    public Collection<Skill> skills() {
        return skills.values();
    }

    public Optional<Skill> skill(String slug) {
        return Optional.ofNullable(skills.get(slug));
    }

    public List<Place> places() {
        return places;
    }

    public Optional<Place> place(String city, String countryCode) {
        return places.stream()
                .filter(p -> p.city().equals(city) && p.countryCode().equals(countryCode))
                .findFirst();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static <T> List<T> read(String path, Function<String[], T> mapper) {
        return BundledTable.rows(path).stream().map(mapper).toList();
    }
}
