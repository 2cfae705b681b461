import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { Services } from '../../services';
import { Domain } from '../taxonomy/domain.entity';
import { CityTheme } from './city-theme.entity';
import { PilotCity } from './pilot-city.entity';

@Resolver(() => PilotCity)
export class PilotCityResolver {
  constructor(private readonly services: Services) {}

  @Query(() => [PilotCity], { description: 'The national pilot smart cities.' })
  pilotCities() {
    return this.services.taxonomy.list(PilotCity);
  }

  @FieldResolver(() => [CityTheme], { description: "The city's planned innovation services, in published order." })
  themes(@Root() city: PilotCity, @Ctx() ctx: Context) {
    return ctx.loaders.themesByCity.load(city.id);
  }
}

@Resolver(() => CityTheme)
export class CityThemeResolver {
  @FieldResolver(() => Domain, { nullable: true, description: 'The service domain the theme belongs to, if one.' })
  domain(@Root() theme: CityTheme, @Ctx() ctx: Context) {
    return theme.domainId === null ? null : ctx.loaders.domainById.load(theme.domainId);
  }
}
